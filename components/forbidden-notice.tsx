/** Renders, in place of a part of a page, why the acting role may not read that part. */
export function ForbiddenNotice({ what, reason, role }: { what: string; reason: string; role: string }) {
  return (
    <div role="note" className="rounded-lg border border-slate-200 bg-slate-50 px-4 py-3 text-sm text-slate-600">
      <p className="font-medium text-slate-800">You cannot view {what}.</p>
      <p className="mt-0.5">
        {reason} Your role is <span className="font-medium">{role}</span>; ask an owner or admin of your organization for a role
        that includes this permission.
      </p>
    </div>
  );
}
