import "server-only";
import { randomUUID } from "node:crypto";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import type { RequestContext } from "@/lib/context";
import { getDb } from "@/lib/db/client";
import { AppError, NotFound } from "@/lib/errors";
import { authOptions } from "./next-auth";
import { contextForUser, type SessionUser } from "./user-context";

/** Returns the signed-in user, or null without a session. */
export async function getSessionUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  const user = session?.user as { id?: string; email?: string | null } | undefined;
  if (!user?.id) return null;
  return { userId: user.id, email: user.email ?? "" };
}

/** Returns the signed-in user, or redirects to sign-in and back to `returnPath` afterwards. */
export async function requireSessionUser(returnPath?: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(returnPath ? `/signin?callbackUrl=${encodeURIComponent(returnPath)}` : "/signin");
  return user;
}

/**
 * Builds the request context of a console page acting as `orgId` (the URL's org segment). Redirects
 * to sign-in without a session and renders 404 for orgs the user cannot reach. Cached per request.
 */
export const requireOrgContext = cache(async (orgId: string): Promise<RequestContext> => {
  const user = await requireSessionUser(`/orgs/${encodeURIComponent(orgId)}`);
  try {
    return await contextForUser(await getDb(), user, orgId, randomUUID());
  } catch (error) {
    if (error instanceof NotFound) notFound();
    throw error;
  }
});

/**
 * Builds the request context of a server action. Unlike a page it never redirects. It throws, and
 * the action turns the error into a form message.
 */
export async function actionContext(orgId: string): Promise<RequestContext> {
  const user = await getSessionUser();
  if (!user) throw new AppError(401, "unauthenticated", "Your session has ended. Sign in again.");
  return contextForUser(await getDb(), user, orgId, randomUUID());
}
