import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { DEMO_OWNER_EMAIL } from "@/db/seed/demo";
import { AuthCard } from "@/features/auth/auth-card";
import { safeCallbackPath } from "@/features/auth/safe-callback-path";
import { SignInForm } from "@/features/auth/sign-in-form";
import { getSessionUser } from "@/lib/auth/console";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

// Errors that other pages and next-auth send here as `?error=<code>`.
const ERROR_MESSAGES: Record<string, string> = {
  no_org: "Your account does not belong to any organization. Ask an admin to add you, or sign up to create one.",
  CredentialsSignin: "Wrong email or password.",
  SessionRequired: "Sign in to open that page.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = typeof params.callbackUrl === "string" ? params.callbackUrl : null;
  const errorCode = typeof params.error === "string" ? params.error : null;
  const origin = process.env.NEXTAUTH_URL ?? "http://localhost";
  if (!errorCode && (await getSessionUser())) redirect(safeCallbackPath(callbackUrl, origin));

  const initialError = errorCode ? (ERROR_MESSAGES[errorCode] ?? "Sign-in failed. Try again.") : null;
  return (
    <AuthCard
      title="Sign in"
      description="Manage your organization, its child orgs and their usage."
      footer={
        <>
          New here? <Link href="/signup" className="font-medium text-brand-600 hover:text-brand-700">Create an account</Link>
        </>
      }
    >
      <SignInForm callbackUrl={callbackUrl} initialError={initialError} />
      {process.env.DEMO && (
        <p className="mt-5 rounded-md bg-slate-50 px-3 py-2 text-xs text-slate-600">
          Demo data is loaded. Sign in as <span className="font-medium">{DEMO_OWNER_EMAIL}</span> with the demo password
          (set by DEMO_PASSWORD, or printed when the server started).
        </p>
      )}
    </AuthCard>
  );
}
