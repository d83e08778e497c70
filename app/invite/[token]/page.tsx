import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/features/auth/auth-card";
import { AcceptInvitationForm } from "@/features/invitations/accept-invitation-form";
import { getSessionUser } from "@/lib/auth/console";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { describeInvitation, type InvitationSummary } from "@/lib/members/accept-invitation";

export const metadata: Metadata = { title: "Accept invitation" };
export const dynamic = "force-dynamic";

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  let invitation: InvitationSummary;
  try {
    invitation = await describeInvitation(await getDb(), token);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    // NOTE: App Router pages cannot set a 4xx status here, so this page answers 200 with the reason.
    // The accept actions return the typed 4xx error (404 altered, 409 used, 400 expired).
    const titles: Record<string, string> = {
      invitation_used: "Invitation already used",
      invitation_expired: "Invitation expired",
      role_not_allowed: "Invitation no longer valid",
    };
    return (
      <AuthCard title={titles[error.code] ?? "Invitation not found"} description={error.message} footer={<Link href="/signin" className="font-medium text-brand-600 hover:text-brand-700">Go to sign in</Link>}>
        <p className="text-sm text-slate-600">Invitation links work once and for 7 days. Ask an admin of the organization to send you a new one.</p>
      </AuthCard>
    );
  }
  const user = await getSessionUser();
  return (
    <AuthCard
      title={`Join ${invitation.orgName}`}
      description={<>You were invited to {invitation.orgName} as <span className="font-medium">{invitation.role}</span>. The invitation is for {invitation.email}.</>}
      footer={<Link href="/signin" className="font-medium text-brand-600 hover:text-brand-700">Sign in with another account</Link>}
    >
      <AcceptInvitationForm token={token} email={invitation.email} signedInEmail={user?.email ?? null} accountExists={invitation.accountExists} />
    </AuthCard>
  );
}
