import { asc, eq } from "drizzle-orm";
import { memberships, users } from "@/db/schema";
import { authorize } from "@/lib/access/authorize";
import type { RequestContext } from "@/lib/context";
import type { Db } from "@/lib/db/client";

export interface Member {
  userId: string;
  name: string;
  email: string;
  role: string;
  memberSince: Date;
}

/** Lists the members of the acting org with their roles. */
export async function listMembers(db: Db, context: RequestContext): Promise<Member[]> {
  authorize(context, "members.read");
  return db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      memberSince: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.orgId, context.actingOrg.id))
    .orderBy(asc(memberships.createdAt), asc(users.email));
}
