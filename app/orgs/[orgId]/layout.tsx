import Link from "next/link";
import type { ReactNode } from "react";
import { ActingBanner } from "@/components/acting-banner";
import { OrgSwitcher } from "@/components/org-switcher/org-switcher";
import { ConsoleShell } from "@/components/shell/console-shell";
import { SideNav, type NavItem } from "@/components/shell/side-nav";
import { UserMenu } from "@/components/shell/user-menu";
import { buttonClasses } from "@/components/ui/button";
import { Badge } from "@/components/ui/badge";
import { requireOrgContext, requireSessionUser } from "@/lib/auth/console";
import { isAssuming, type RequestContext } from "@/lib/context";
import { getDb } from "@/lib/db/client";
import { Forbidden } from "@/lib/errors";
import { listOrgSwitcherOptions } from "@/lib/orgs/switcher-options";

export const dynamic = "force-dynamic";

/** Renders the console shell of one acting org: banner, header with the org switcher, sidebar navigation. */
export default async function OrgLayout({ children, params }: { children: ReactNode; params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  let context: RequestContext;
  try {
    context = await requireOrgContext(orgId);
  } catch (error) {
    // lib throws Forbidden for a suspended org, an org below a suspended one, and a descendant when
    // the role lacks orgs.assume.
    if (error instanceof Forbidden) return <CannotActAsOrg message={error.message} />;
    throw error;
  }

  const user = await requireSessionUser();
  const switcherOptions = await listOrgSwitcherOptions(await getDb(), user.userId);
  const { actingOrg, homeOrg } = context;

  return (
    <ConsoleShell
      banner={isAssuming(context) && (
        <ActingBanner
          actingOrgName={actingOrg.name}
          homeOrg={{ id: homeOrg.id, name: homeOrg.name, canHaveChildren: homeOrg.canHaveChildren }}
        />
      )}
      orgSwitcher={
        <OrgSwitcher
          actingOrgId={actingOrg.id}
          options={switcherOptions.map((option) => ({
            id: option.id,
            name: option.name,
            parentId: option.parentId,
            status: option.status,
            canHaveChildren: option.canHaveChildren,
            depth: option.depth,
          }))}
        />
      }
      userMenu={<UserMenu email={user.email} role={context.role} homeOrgName={homeOrg.name} />}
      sidebar={
        <>
          <div className="mb-4 px-2.5">
            <p className="text-sm font-semibold break-words text-slate-900">{actingOrg.name}</p>
            <div className="mt-1 flex gap-1.5">
              {actingOrg.canHaveChildren ? <Badge tone="blue">Super org</Badge> : <Badge>{actingOrg.parentId ? "Child org" : "Organization"}</Badge>}
            </div>
          </div>
          <SideNav items={navItems(context)} />
        </>
      }
    >
      {children}
    </ConsoleShell>
  );
}

/** Sections of the acting org. Add an item here only once its page exists. */
function navItems(context: RequestContext): NavItem[] {
  const base = `/orgs/${context.actingOrg.id}`;
  const items: NavItem[] = [{ href: base, label: "Overview", icon: "overview", exact: true }];
  if (context.actingOrg.canHaveChildren) items.push({ href: `${base}/child-orgs`, label: "Child orgs", icon: "childOrgs" });
  if (context.actingOrg.canHaveChildren) items.push({ href: `${base}/presets`, label: "Presets", icon: "presets" });
  items.push({ href: `${base}/usage`, label: "Usage", icon: "usage" });
  items.push({ href: `${base}/members`, label: "Members", icon: "members" });
  items.push({ href: `${base}/roles`, label: "Roles", icon: "roles" });
  items.push({ href: `${base}/api-keys`, label: "API keys", icon: "apiKeys" });
  return items;
}

function CannotActAsOrg({ message }: { message: string }) {
  return (
    <main className="flex min-h-screen items-center justify-center px-6">
      <div className="max-w-md rounded-lg border border-slate-200 bg-white p-8 text-center shadow-sm">
        <h1 className="text-lg font-semibold text-slate-900">You cannot act as this organization</h1>
        <p className="mt-2 text-sm text-slate-600">{message}</p>
        <Link href="/" className={`${buttonClasses("secondary")} mt-6`}>Go to your organization</Link>
      </div>
    </main>
  );
}
