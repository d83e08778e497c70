import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/features/auth/auth-card";
import { SignUpForm } from "@/features/auth/sign-up-form";
import { getSessionUser } from "@/lib/auth/console";

export const metadata: Metadata = { title: "Create an account" };
export const dynamic = "force-dynamic";

export default async function SignUpPage() {
  if (await getSessionUser()) redirect("/");
  return (
    <AuthCard
      title="Create an account"
      description="Start with your own organization. You become its owner."
      footer={
        <>
          Already have an account? <Link href="/signin" className="font-medium text-brand-600 hover:text-brand-700">Sign in</Link>
        </>
      }
    >
      <SignUpForm />
    </AuthCard>
  );
}
