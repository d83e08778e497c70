import { createHash, randomBytes } from "node:crypto";

export const INVITATION_VALIDITY_MS = 7 * 24 * 60 * 60 * 1000;

/** A new invitation token: 256 random bits, base64url. Only its hash is stored. */
export function generateInvitationToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The console path that accepts an invitation. */
export function invitationPath(token: string): string {
  return `/invite/${token}`;
}
