import { LocalTime } from "@/components/ui/local-time";
import type { Member } from "@/lib/members/list";
import { RoleBadge } from "./role-badge";

/** Renders the members of the acting org and marks the signed-in user's row "(you)". */
export function MembersTable({ members, currentUserId }: { members: Member[]; currentUserId: string }) {
  return (
    <div className="overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50 text-left text-xs font-medium tracking-wide text-slate-500 uppercase">
          <tr>
            <th scope="col" className="px-4 py-2.5">Name</th>
            <th scope="col" className="px-4 py-2.5">Email</th>
            <th scope="col" className="px-4 py-2.5">Role</th>
            <th scope="col" className="px-4 py-2.5">Member since</th>
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
              <td className="px-4 py-2.5"><RoleBadge role={member.role} /></td>
              <td className="px-4 py-2.5 text-slate-600 tabular-nums">
                <LocalTime value={member.memberSince.toISOString()} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
