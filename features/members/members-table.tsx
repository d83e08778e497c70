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
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50 text-left text-xs font-medium tracking-wide text-slate-500 uppercase">
          <tr>
            <th scope="col" className="px-4 py-2.5">Name</th>
            <th scope="col" className="px-4 py-2.5">Email</th>
            <th scope="col" className="px-4 py-2.5">Role</th>
            <th scope="col" className="px-4 py-2.5">Member since</th>
            {manage && <th scope="col" className="px-4 py-2.5 text-right">Manage</th>}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {members.map((member) => (
            <tr key={member.userId} className="hover:bg-slate-50/60">
              <td className="px-4 py-2.5 font-medium text-slate-900">
                {member.name}
                {member.userId === currentUserId && <span className="ml-2 text-xs font-normal text-slate-500">(you)</span>}
              </td>
              <td className="px-4 py-2.5 text-slate-600">{member.email}</td>
              <td className="px-4 py-2.5">
                <span className="flex flex-wrap items-center gap-1.5">
                  <RoleBadge role={member.role} />
                  {member.roleStatus === "not_allowed" && (
                    <span title="The parent org no longer allows this role here. The member has no permissions until given an allowed role.">
                      <Badge tone="red">role not allowed</Badge>
                    </span>
                  )}
                  {member.roleStatus === "unknown" && <Badge tone="red">unknown role</Badge>}
                </span>
              </td>
              <td className="px-4 py-2.5 text-slate-600 tabular-nums">
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
