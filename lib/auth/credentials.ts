import { sql } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Db } from "@/lib/db/client";
import { verifyPassword } from "./password";

/** Checks an email and password; returns the user, or null for any mismatch. */
export async function verifyCredentials(
  db: Db,
  email: string,
  password: string,
): Promise<{ id: string; email: string; name: string } | null> {
  if (!email || !password || password.length > 200) return null;
  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`)
    .limit(1);
  if (!user) return null;
  if (!(await verifyPassword(password, user.passwordHash))) return null;
  return { id: user.id, email: user.email, name: user.name };
}
