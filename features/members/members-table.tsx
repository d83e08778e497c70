import { Badge } from "@/components/ui/badge";
import { LocalTime } from "@/components/ui/local-time";
import type { Member } from "@/lib/members/list";
import { MemberActions } from "./member-actions";
import { RoleBadge } from "./role-badge";

/** Renders the members of the acting org and marks the signed-in user's row "(you)". */
export function MembersTable({ members, currentUserId, manage }: {
  members: Member[];
  currentUserId: string;
  /** Set when the viewer may change roles and remove members. */
  manage?: { actingOrgId: string; actingOrgName: string; roles: string[] };
}) {
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50 text-left text-xs font-medium tracking-wide text-slate-500 uppercase">
          <tr>
            <th scope="col" className="px-4 py-2.5">Member</th>
            <th scope="col" className="hidden px-4 py-2.5 sm:table-cell">Role</th>
            <th scope="col" className="hidden px-4 py-2.5 sm:table-cell">Member since</th>
            {manage && <th scope="col" className="px-4 py-2.5 text-right">Manage</th>}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {members.map((member) => (
            <tr key={member.userId} className="hover:bg-slate-50/60">
              {/* Name and email share a cell so that the Manage column fits beside the invite form at 1280 px.
                  On phones the role moves into this cell too, so that the row fits without scrolling. */}
              <td className="px-4 py-2.5">
                <span className="font-medium text-slate-900">{member.name}</span>
                {member.userId === currentUserId && <span className="ml-2 text-xs text-slate-500">(you)</span>}
                <span className="block break-words text-slate-600">{member.email}</span>
                <RoleBadges member={member} className="mt-1 sm:hidden" />
              </td>
              <td className="hidden px-4 py-2.5 sm:table-cell">
                <RoleBadges member={member} />
              </td>
              <td className="hidden px-4 py-2.5 whitespace-nowrap text-slate-600 tabular-nums sm:table-cell">
                <LocalTime value={member.memberSince.toISOString()} />
              </td>
              {manage && (
                <td className="px-4 py-2 text-right">
                  <MemberActions actingOrgId={manage.actingOrgId} actingOrgName={manage.actingOrgName} member={member} roles={manage.roles} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RoleBadges({ member, className = "" }: { member: Member; className?: string }) {
  return (
    <span className={`flex flex-wrap items-center gap-1.5 ${className}`}>
      <RoleBadge role={member.role} />
      {member.roleStatus === "not_allowed" && (
        <span title="The parent org no longer allows this role here. The member has no permissions until given an allowed role.">
          <Badge tone="red">role not allowed</Badge>
        </span>
      )}
      {member.roleStatus === "unknown" && <Badge tone="red">unknown role</Badge>}
    </span>
  );
}
