"use client";

import Link from "next/link";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormAlert } from "@/features/auth/form-alert";
import { acceptInvitationAsNewUserAction, acceptInvitationAsUserAction } from "./actions";

/**
 * Accepts an invitation: as the signed-in user, or by creating an account (name and password)
 * for the invited email. An existing account that is signed out is sent to sign in first.
 */
export function AcceptInvitationForm({ token, email, signedInEmail, accountExists }: {
  token: string;
  email: string;
  signedInEmail: string | null;
  accountExists: boolean;
}) {
  const router = useRouter();
  const [values, setValues] = useState({ name: "", password: "" });
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function acceptAsUser() {
    setPending(true);
    const result = await acceptInvitationAsUserAction(token);
    if (!result.ok) {
      setError({ message: result.error.message });
      setPending(false);
      return;
    }
    router.replace(`/orgs/${result.data.orgId}`);
    router.refresh();
  }

  async function createAccount(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const result = await acceptInvitationAsNewUserAction(token, values);
    if (!result.ok) {
      setError({ message: result.error.message, field: result.error.field });
      setPending(false);
      return;
    }
    const signedIn = await signIn("credentials", { email, password: values.password, redirect: false });
    if (!signedIn?.ok || signedIn.error) {
      setError({ message: "Your account was created, but signing in failed. Sign in with your email and new password." });
      setPending(false);
      return;
    }
    router.replace(`/orgs/${result.data.orgId}`);
    router.refresh();
  }

  if (signedInEmail) {
    return (
      <div className="space-y-4">
        <FormAlert message={error?.message ?? null} />
        <p className="text-sm text-slate-600">You are signed in as <span className="font-medium">{signedInEmail}</span>.</p>
        <Button onClick={acceptAsUser} disabled={pending} className="w-full">{pending ? "Joining…" : "Accept invitation"}</Button>
      </div>
    );
  }
  if (accountExists) {
    return (
      <Link href={`/signin?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`} className="block w-full rounded-md bg-brand-600 px-3.5 py-2 text-center text-sm font-medium text-white hover:bg-brand-700">
        Sign in as {email} to accept
      </Link>
    );
  }
  const fieldError = (field: string) => (error?.field === field ? error.message : undefined);
  return (
    <form onSubmit={createAccount} className="space-y-4">
      <FormAlert message={error && !error.field ? error.message : null} />
      <TextField label="Email" name="email" value={email} disabled readOnly />
      <TextField label="Your name" name="name" value={values.name} onChange={(event) => setValues({ ...values, name: event.target.value })} error={fieldError("name")} autoComplete="name" required autoFocus />
      <TextField label="Password" name="password" type="password" value={values.password} onChange={(event) => setValues({ ...values, password: event.target.value })} error={fieldError("password")} autoComplete="new-password" minLength={12} hint="At least 12 characters." required />
      <Button type="submit" disabled={pending} className="w-full">{pending ? "Creating your account…" : "Create account and join"}</Button>
    </form>
  );
}
