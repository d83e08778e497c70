/** Explains in place why part of the usage page is not shown, and what to do about it. */
export function UsageNotice({ title, message, role }: { title: string; message: string; role: string }) {
  return (
    <div role="note" className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
      <p className="font-medium">{title}</p>
      <p className="mt-0.5">
        {message} Your role is <span className="font-medium">{role}</span>. Ask an owner or admin of your organization
        for a role with that permission.
      </p>
    </div>
  );
}
