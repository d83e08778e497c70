"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { signUpAction } from "./actions";
import { fieldMessage } from "./field-message";
import { FormAlert } from "./form-alert";

// Field names match SignUpInput in lib/auth/signup.ts.
const FIELDS = {
  name: "Your name",
  email: "Work email",
  password: "Password",
  orgName: "Organization name",
} as const;
type FieldName = keyof typeof FIELDS;
const EMPTY: Record<FieldName, string> = { name: "", email: "", password: "", orgName: "" };

/** Renders the sign-up form. It creates the account and its org, signs in and opens the org, and keeps the values on errors. */
export function SignUpForm() {
  const router = useRouter();
  const [values, setValues] = useState(EMPTY);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setFieldErrors({});
    setFormError(null);
    try {
      const result = await signUpAction(values);
      if (!result.ok) {
        const field = result.error.field as FieldName | undefined;
        if (field && field in FIELDS) setFieldErrors({ [field]: fieldMessage(result.error.message, field, FIELDS[field]) });
        else setFormError(result.error.message);
        setPending(false);
        return;
      }
      const signedIn = await signIn("credentials", { email: values.email, password: values.password, redirect: false });
      if (!signedIn?.ok || signedIn.error) {
        setFormError("Your account was created, but signing in failed. Sign in with your new email and password.");
        setPending(false);
        return;
      }
      router.replace(`/orgs/${result.data.orgId}`);
      router.refresh();
    } catch {
      setFormError("Could not reach the server. Check your connection and try again.");
      setPending(false);
    }
  }

  const field = (name: FieldName) => ({
    label: FIELDS[name],
    name,
    value: values[name],
    error: fieldErrors[name],
    required: true,
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => setValues((current) => ({ ...current, [name]: event.target.value })),
  });

  return (
    <form onSubmit={submit} className="space-y-4">
      <FormAlert message={formError} />
      <TextField {...field("name")} autoComplete="name" maxLength={100} autoFocus />
      <TextField {...field("email")} type="email" autoComplete="email" maxLength={254} />
      <TextField
        {...field("password")}
        type="password"
        autoComplete="new-password"
        minLength={12}
        maxLength={200}
        hint="At least 12 characters."
      />
      <TextField
        {...field("orgName")}
        autoComplete="organization"
        maxLength={80}
        hint="Your company or team. Its API keys, usage and bills belong to it."
      />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Creating your account…" : "Create account"}
      </Button>
    </form>
  );
}
