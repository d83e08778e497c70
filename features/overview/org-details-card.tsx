import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { CopyButton } from "@/components/ui/copy-button";
import { LocalTime } from "@/components/ui/local-time";
import type { OrgProfile } from "./load-overview";

/** Renders the acting org's id, status, type, parent and creation date. */
export function OrgDetailsCard({ profile, parentName }: { profile: OrgProfile; parentName: string | null }) {
  let kind = "Standalone org";
  if (profile.isSuperOrg) kind = "Super org";
  else if (profile.parentOrgId) kind = "Child org";
  return (
    <Card title="Organization details">
      <dl className="grid grid-cols-1 gap-x-8 gap-y-4 text-sm sm:grid-cols-2 lg:grid-cols-3">
        <Detail label="Organization id" wide>
          <span className="flex items-center gap-1">
            <code className="font-mono text-[13px] break-all text-slate-800">{profile.orgId}</code>
            <CopyButton value={profile.orgId} label="Copy organization id" />
          </span>
        </Detail>
        <Detail label="Status">
          <Badge tone={profile.status === "active" ? "green" : "red"}>{profile.status}</Badge>
        </Detail>
        <Detail label="Created">
          <LocalTime value={profile.createdAt} />
        </Detail>
        <Detail label="Type">
          {kind}
          <span className="block text-xs text-slate-500">
            {profile.isSuperOrg ? "Can create and manage child orgs." : "Cannot have child orgs."}
          </span>
        </Detail>
        <Detail label="Parent org">
          {profile.parentOrgId ? (
            <>
              {parentName}
              <code className={`block font-mono break-all ${parentName ? "text-xs text-slate-500" : "text-[13px] text-slate-800"}`}>
                {profile.parentOrgId}
              </code>
            </>
          ) : (
            <span className="text-slate-500">None (root org)</span>
          )}
        </Detail>
      </dl>
    </Card>
  );
}

function Detail({ label, wide = false, children }: { label: string; wide?: boolean; children: React.ReactNode }) {
  return (
    <div className={`min-w-0 ${wide ? "sm:col-span-2" : ""}`}>
      <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">{label}</dt>
      <dd className="mt-1 text-slate-900">{children}</dd>
    </div>
  );
}
