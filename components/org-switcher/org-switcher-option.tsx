"use client";

import { Badge } from "@/components/ui/badge";
import type { OrderedOption } from "./order-options";

/** One org the user may pick in the switcher, as the layout loads it. */
export interface SwitcherOption {
  id: string;
  name: string;
  parentId: string | null;
  status: "active" | "suspended";
  canHaveChildren: boolean;
  /** 0 for an org the user is a member of, 1 for its children, and so on. */
  depth: number;
}

export function OrgSwitcherOptionRow({ domId, option, current, active, onChoose, onHover }: {
  domId: string;
  option: OrderedOption<SwitcherOption>;
  current: boolean;
  active: boolean;
  onChoose: () => void;
  onHover: () => void;
}) {
  const tone = option.blocked
    ? "cursor-not-allowed text-slate-400"
    : active
      ? "cursor-pointer bg-brand-50 text-slate-900"
      : "cursor-pointer text-slate-700";
  return (
    <li
      id={domId}
      role="option"
      aria-selected={current}
      aria-disabled={option.blocked || undefined}
      onClick={onChoose}
      onMouseMove={onHover}
      style={{ paddingLeft: `${0.75 + option.depth * 1.25}rem` }}
      className={`flex items-center gap-2 py-1.5 pr-3 text-sm ${tone}`}
    >
      {option.depth > 0 && <span aria-hidden className="text-slate-300">└</span>}
      <span className={`truncate ${current ? "font-semibold" : ""}`}>{option.name}</span>
      {option.depth === 0 && <span className="text-xs text-slate-400">your org</span>}
      {option.status === "suspended" && (
        <Badge tone="red">suspended</Badge>
      )}
      {option.blocked && option.status !== "suspended" && (
        <span className="text-[11px] text-slate-400">parent suspended</span>
      )}
      {current && (
        <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="ml-auto size-4 shrink-0 text-brand-600">
          <path fillRule="evenodd" d="M16.7 5.3a1 1 0 0 1 0 1.4l-8 8a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.4L8 12.6l7.3-7.3a1 1 0 0 1 1.4 0Z" clipRule="evenodd" />
        </svg>
      )}
    </li>
  );
}
