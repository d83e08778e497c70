import type { ActivitySlice } from "./activity-slices";
import { formatShare } from "./format";

/**
 * Lists the donut's slices with exact values and shares. With `limit`, the smallest slices beyond
 * it are counted in a last line.
 */
export function ActivityLegend({ slices, limit, dense = false }: {
  slices: readonly ActivitySlice[];
  limit?: number;
  dense?: boolean;
}) {
  const visible = limit === undefined ? slices : slices.slice(0, limit);
  const hidden = slices.length - visible.length;
  const text = dense ? "text-xs" : "text-sm";
  return (
    <ul className={`w-full ${dense ? "space-y-1" : "space-y-1.5"} ${text}`}>
      {visible.map((slice) => (
        <li key={slice.key} className="flex items-center gap-2">
          <span aria-hidden className="size-2.5 shrink-0 rounded-sm" style={{ backgroundColor: slice.color }} />
          <span className="min-w-0 flex-1 truncate text-slate-700">{slice.label}</span>
          {!dense && <span className="tabular-nums font-medium text-slate-900">{slice.valueText}</span>}
          <span className="w-10 shrink-0 text-right tabular-nums text-slate-500">{formatShare(slice.share)}</span>
        </li>
      ))}
      {hidden > 0 && (
        <li className="pl-4.5 text-slate-500">
          {hidden} more {hidden === 1 ? "activity" : "activities"}
        </li>
      )}
    </ul>
  );
}
