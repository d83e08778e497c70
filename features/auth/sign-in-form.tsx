"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { TOO_MANY_SIGN_IN_ATTEMPTS } from "@/lib/auth/sign-in-limit-codes";
import { FormAlert } from "./form-alert";
import { safeCallbackPath } from "./safe-callback-path";

/** Renders the email and password form, which signs in through next-auth's credentials provider without a page reload. */
export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string | null; initialError: string | null }) {
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", { email, password, redirect: false });
      if (result?.ok && !result.error) {
        router.replace(safeCallbackPath(callbackUrl, window.location.origin));
        router.refresh();
        return;
      }
      setError(
        result?.error === "CredentialsSignin"
          ? "Wrong email or password."
          : result?.error === TOO_MANY_SIGN_IN_ATTEMPTS
            ? "Too many failed sign-in attempts. Wait 15 minutes, then try again."
            : "Sign-in failed on the server. Try again in a moment.",
      );
    } catch {
      setError("Could not reach the server. Check your connection and try again.");
    }
    setPending(false);
  }

  return (
    <form onSubmit={submit} className="space-y-4">
      <FormAlert message={error} />
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        autoFocus
        value={email}
        onChange={(event) => setEmail(event.target.value)}
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(event) => setPassword(event.target.value)}
      />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
