import type { ReactNode } from "react";

/** Draws the box of a chart tooltip. */
export function ChartTooltipFrame({ title, children }: { title?: ReactNode; children: ReactNode }) {
  return (
    <div className="min-w-44 rounded-md border border-slate-200 bg-white px-3 py-2 text-xs shadow-lg">
      {title && <p className="mb-1.5 font-medium text-slate-900">{title}</p>}
      <dl className="space-y-1">{children}</dl>
    </div>
  );
}

/** Draws one line of a tooltip: a colour key, a name and its exact value. */
export function ChartTooltipRow({ color, label, value, strong = false }: {
  color?: string;
  label: ReactNode;
  value: ReactNode;
  strong?: boolean;
}) {
  return (
    <div className={`flex items-center gap-2 ${strong ? "border-t border-slate-100 pt-1 font-medium text-slate-900" : "text-slate-600"}`}>
      {color ? (
        <span aria-hidden className="size-2.5 shrink-0 rounded-sm" style={{ backgroundColor: color }} />
      ) : (
        <span aria-hidden className="size-2.5 shrink-0" />
      )}
      <dt className="flex-1">{label}</dt>
      <dd className="tabular-nums text-slate-900">{value}</dd>
    </div>
  );
}
