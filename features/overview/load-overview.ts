import "server-only";
import type { RequestContext } from "@/lib/context";
import type { Db } from "@/lib/db/client";
import { Forbidden } from "@/lib/errors";
import { listChildOrgs } from "@/lib/orgs/child-orgs";
import { getActingOrgProfile } from "@/lib/orgs/profile";
import { listOrgSwitcherOptions } from "@/lib/orgs/switcher-options";
import { getUsageOverview } from "@/lib/usage/summary";

/** A part of a page that the acting role may be forbidden to read. */
export type Readable<T> = { ok: true; data: T } | { ok: false; reason: string };

async function readable<T>(read: () => Promise<T>): Promise<Readable<T>> {
  try {
    return { ok: true, data: await read() };
  } catch (error) {
    if (error instanceof Forbidden) return { ok: false, reason: error.message };
    throw error;
  }
}

export type OrgProfile = Awaited<ReturnType<typeof getActingOrgProfile>>;

export interface OverviewData {
  profile: Readable<OrgProfile>;
  /** The parent's name when the user may act as that org, else null (only its id is shown). */
  parentName: string | null;
  usage: Readable<{ month: string; calls: number; credits: string }>;
  /** Null when the acting org is not a super org. */
  childOrgs: Readable<{ total: number; suspended: number }> | null;
}

/** Loads the overview of the acting org. Each part that the role may not read becomes a reason. */
export async function loadOverview(db: Db, context: RequestContext, userId: string): Promise<OverviewData> {
  const { actingOrg } = context;
  const [profile, usage, childOrgs, parentName] = await Promise.all([
    readable(() => getActingOrgProfile(db, context)),
    readable(async () => {
      const overview = await getUsageOverview(db, context);
      return { month: overview.period.month, ...overview.totals };
    }),
    actingOrg.canHaveChildren
      ? readable(async () => {
          const children = await listChildOrgs(db, context);
          return { total: children.length, suspended: children.filter((child) => child.status === "suspended").length };
        })
      : Promise.resolve(null),
    findParentName(db, context, userId),
  ]);
  return { profile, usage, childOrgs, parentName };
}

async function findParentName(db: Db, context: RequestContext, userId: string): Promise<string | null> {
  const parentId = context.actingOrg.parentId;
  if (!parentId) return null;
  if (parentId === context.homeOrg.id) return context.homeOrg.name;
  const visible = await listOrgSwitcherOptions(db, userId);
  return visible.find((org) => org.id === parentId)?.name ?? null;
}
