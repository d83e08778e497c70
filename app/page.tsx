import { redirect } from "next/navigation";
import { requireSessionUser } from "@/lib/auth/console";
import { listMemberships } from "@/lib/auth/user-context";
import { getDb } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/** Sends a signed-in user to the overview of their first org. */
export default async function HomePage() {
  const user = await requireSessionUser();
  const [first] = await listMemberships(await getDb(), user.userId);
  if (!first) redirect("/signin?error=no_org");
  redirect(`/orgs/${first.org.id}`);
}
