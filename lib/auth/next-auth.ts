import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/lib/db/client";
import { logger } from "@/lib/log";
import { verifyCredentials } from "./credentials";
import { clearSignInFailures, isSignInBlocked, recordSignInFailure, TOO_MANY_SIGN_IN_ATTEMPTS } from "./sign-in-limiter";

/** The client address from X-Forwarded-For, which clients can set; the per-account limit does not use it. */
function clientAddress(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  return first || "unknown";
}

/** Console sessions: email and password, kept in a signed JWT cookie (no session table). */
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const email = (credentials?.email ?? "").trim().toLowerCase().slice(0, 254);
        const address = clientAddress(request.headers);
        if (await isSignInBlocked(email, address)) {
          logger.warn({ event: "signIn.blocked", email, address }, "sign-in blocked after repeated failures");
          throw new Error(TOO_MANY_SIGN_IN_ATTEMPTS);
        }
        const user = await verifyCredentials(await getDb(), email, credentials?.password ?? "");
        if (!user) {
          await recordSignInFailure(email, address);
          logger.info({ event: "signIn.failed", email, address }, "sign-in failed");
          return null;
        }
        await clearSignInFailures(email);
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
  ],
  callbacks: {
    session({ session, token }) {
      if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
      return session;
    },
  },
};
