import { Card } from "@/components/ui/card";
import { ALL_PERMISSIONS } from "@/lib/access/permissions";
import { BUILT_IN_ROLES, ROLE_PERMISSIONS } from "@/lib/access/roles";
import { describeRole } from "./describe-role";
import { RoleBadge } from "./role-badge";

/** Renders what each built-in role may do, summarized from the role definitions. */
export function RoleLegend() {
  const baselines = { all: ALL_PERMISSIONS, readOnly: ROLE_PERMISSIONS.viewer };
  return (
    <Card
      title="Roles"
      description="Each member has one role in this organization. Read access means viewing the organization, its members, child orgs, usage and billing."
    >
      <dl className="space-y-3 text-sm">
        {BUILT_IN_ROLES.map((role) => (
          <div key={role}>
            <dt><RoleBadge role={role} /></dt>
            <dd className="mt-1 text-slate-600">{describeRole(ROLE_PERMISSIONS[role], baselines)}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
