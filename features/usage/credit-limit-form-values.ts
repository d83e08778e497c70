// Client-safe: the credit limit form runs in the browser, so this module imports nothing from lib/.
import { compareDecimals } from "@/features/child-orgs/decimal";

/** The credit limit form's fields as typed: text for credits and thresholds. */
export interface CreditLimitFormValues {
  /** Decimal string; empty means no limit. */
  monthlyCredits: string;
  atLimit: "block" | "overage";
  /** Percentages separated by commas or spaces, such as "80, 100". */
  alertThresholds: string;
}

/** The body of the "set credit limit" action, before the server validates it. */
export interface CreditLimitRequest {
  monthlyCredits: string | null;
  atLimit: "block" | "overage";
  alertThresholds: number[];
}

export type FormFieldErrors = Partial<Record<keyof CreditLimitFormValues, string>>;

const DECIMAL = /^\d+(\.\d+)?$/;

/**
 * Converts the form's text into the action's body. It checks only what text input adds, a threshold
 * that is not a whole number. The server validates every rule and names the field.
 */
export function toCreditLimitRequest(values: CreditLimitFormValues): { request: CreditLimitRequest } | { errors: FormFieldErrors } {
  const tokens = values.alertThresholds.split(/[\s,;%]+/).filter((token) => token !== "");
  const bad = tokens.find((token) => !/^\d+$/.test(token));
  if (bad !== undefined) {
    return { errors: { alertThresholds: `"${bad.slice(0, 20)}" is not a whole number. Enter percentages such as 80, 100.` } };
  }
  const monthlyCredits = values.monthlyCredits.trim();
  return {
    request: {
      monthlyCredits: monthlyCredits === "" ? null : monthlyCredits,
      atLimit: values.atLimit,
      alertThresholds: tokens.map(Number),
    },
  };
}

/** Maps a server error's field (`alertThresholds.0`, `monthlyCredits`) to the form field that shows it. */
export function formFieldOf(field: string | undefined): keyof CreditLimitFormValues | undefined {
  const head = field?.split(".")[0];
  return head === "monthlyCredits" || head === "atLimit" || head === "alertThresholds" ? head : undefined;
}

/**
 * True when saving sets a limit below the credits already used this period and lower than the
 * current limit (or where there was none), so the form requests confirmation before saving.
 */
export function lowersBelowUsed(next: string | null, current: string | null, usedCredits: string): boolean {
  if (next === null || !DECIMAL.test(next)) return false;
  if (compareDecimals(next, usedCredits) >= 0) return false;
  return current === null || compareDecimals(next, current) < 0;
}
