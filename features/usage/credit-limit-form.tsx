"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { TextField } from "@/components/ui/field";
import { formatDecimal } from "@/features/child-orgs/decimal";
import { setChildCreditLimitAction } from "./actions";
import {
  formFieldOf,
  lowersBelowUsed,
  toCreditLimitRequest,
  type CreditLimitFormValues,
  type CreditLimitRequest,
  type FormFieldErrors,
} from "./credit-limit-form-values";

const AT_LIMIT_OPTIONS = [
  { value: "block", label: "Block", detail: "Reject calls that would go above the limit until the next billing period." },
  { value: "overage", label: "Allow overage", detail: "Accept calls above the limit and mark their credits as overage." },
] as const;

/**
 * Edits a child org's credit limit. Fields are disabled with `readOnlyReason`, which names the
 * missing permission; the server checks it again on save.
 */
export function CreditLimitForm({ actingOrgId, childOrgId, childOrgName, initial, usedCredits, periodLabel, readOnlyReason }: {
  actingOrgId: string;
  childOrgId: string;
  childOrgName: string;
  initial: { monthlyCredits: string | null; atLimit: "block" | "overage"; alertThresholds: number[] };
  /** Credits used in the current billing period, an exact decimal. */
  usedCredits: string;
  periodLabel: string;
  readOnlyReason?: string;
}) {
  const router = useRouter();
  const [values, setValues] = useState<CreditLimitFormValues>({
    monthlyCredits: initial.monthlyCredits ?? "",
    atLimit: initial.atLimit,
    alertThresholds: initial.alertThresholds.join(", "),
  });
  const [errors, setErrors] = useState<FormFieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [confirming, setConfirming] = useState<CreditLimitRequest | null>(null);
  const [pending, startTransition] = useTransition();
  const readOnly = Boolean(readOnlyReason);

  function update(patch: Partial<CreditLimitFormValues>) {
    setValues((current) => ({ ...current, ...patch }));
    setSaved(false);
  }

  function save(request: CreditLimitRequest) {
    startTransition(async () => {
      const response = await setChildCreditLimitAction(actingOrgId, childOrgId, request);
      setConfirming(null);
      if (!response.ok) {
        const field = formFieldOf(response.error.field);
        if (field) setErrors({ [field]: response.error.message });
        else setFormError(response.error.message);
        return;
      }
      const limit = response.data;
      setValues({ monthlyCredits: limit.monthlyCredits ?? "", atLimit: limit.atLimit, alertThresholds: limit.alertThresholds.join(", ") });
      setSaved(true);
      router.refresh();
    });
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors({});
    setFormError(null);
    setSaved(false);
    const result = toCreditLimitRequest(values);
    if ("errors" in result) {
      setErrors(result.errors);
      return;
    }
    if (lowersBelowUsed(result.request.monthlyCredits, initial.monthlyCredits, usedCredits)) {
      setConfirming(result.request);
      return;
    }
    save(result.request);
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-label={`Credit limit of ${childOrgName}`}>
      {readOnlyReason && <p role="note" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">{readOnlyReason}</p>}
      <div className="grid gap-4 @2xl:grid-cols-2">
        <TextField
          label="Monthly credits"
          name="monthlyCredits"
          inputMode="decimal"
          autoComplete="off"
          placeholder="No limit"
          value={values.monthlyCredits}
          onChange={(event) => update({ monthlyCredits: event.target.value })}
          disabled={readOnly || pending}
          error={errors.monthlyCredits}
          hint="Production credits per billing period, such as 2500 or 2500.5. Leave empty for no limit."
        />
        <TextField
          label="Alert thresholds (%)"
          name="alertThresholds"
          autoComplete="off"
          placeholder="80, 100"
          value={values.alertThresholds}
          onChange={(event) => update({ alertThresholds: event.target.value })}
          disabled={readOnly || pending}
          error={errors.alertThresholds}
          hint="Percentages of the limit, separated by commas. Each fires an alert once per period."
        />
      </div>
      <fieldset disabled={readOnly || pending} aria-describedby={errors.atLimit ? "atLimit-error" : undefined}>
        <legend className="text-sm font-medium text-slate-700">At the limit</legend>
        <div className="mt-2 grid gap-2 @2xl:grid-cols-2">
          {AT_LIMIT_OPTIONS.map((option) => (
            <label
              key={option.value}
              className={`flex cursor-pointer gap-3 rounded-md border px-3 py-2.5 text-sm has-disabled:cursor-not-allowed ${values.atLimit === option.value ? "border-brand-500 bg-brand-50/60" : "border-slate-200"}`}
            >
              <input
                type="radio"
                name="atLimit"
                value={option.value}
                checked={values.atLimit === option.value}
                onChange={() => update({ atLimit: option.value })}
                className="mt-0.5"
              />
              <span>
                <span className="block font-medium text-slate-900">{option.label}</span>
                <span className="block text-slate-500">{option.detail}</span>
              </span>
            </label>
          ))}
        </div>
        {errors.atLimit && <p id="atLimit-error" className="mt-1 text-sm text-red-600">{errors.atLimit}</p>}
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={readOnly || pending}>{pending ? "Saving…" : "Save credit limit"}</Button>
        {saved && <p role="status" className="text-sm text-emerald-700">Credit limit saved.</p>}
        {formError && <p role="alert" className="text-sm text-red-700">{formError}</p>}
      </div>
      <ConfirmDialog
        open={confirming !== null}
        title="Set the limit below this period's use?"
        confirmLabel="Save lower limit"
        tone="danger"
        pending={pending}
        onConfirm={() => confirming && save(confirming)}
        onCancel={() => setConfirming(null)}
      >
        <p>
          {childOrgName} has already used {formatDecimal(usedCredits)} credits in {periodLabel}, more than the new limit of{" "}
          {formatDecimal(confirming?.monthlyCredits ?? "0")} credits.
        </p>
        <p className="mt-2">
          {confirming?.atLimit === "overage"
            ? "Its calls are still accepted, and their credits are marked as overage."
            : "Its further calls are rejected until the next billing period."}
        </p>
      </ConfirmDialog>
    </form>
  );
}
