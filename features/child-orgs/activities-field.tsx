"use client";

import { ACTIVITIES, ACTIVITY_LABELS, type Activity } from "@/lib/catalog/activities";
import { LockIcon } from "./lock-icon";
import { lockExplanation, lockLabel, type Lock } from "./locks";

/** Checkboxes of the API families (activities) a child org may call; locked ones are disabled. */
export function ActivitiesField({ value, onChange, disabled, locked }: {
  value: Activity[];
  onChange: (value: Activity[]) => void;
  disabled: boolean;
  locked: Record<string, Lock>;
}) {
  const allowed = new Set(value);
  const usable = ACTIVITIES.filter((activity) => allowed.has(activity) && !(activity in locked)).length;
  const lockedCount = ACTIVITIES.filter((activity) => activity in locked).length;
  function toggle(activity: Activity, on: boolean) {
    // Keep the catalog order, so that saved lists read the same way everywhere.
    onChange(ACTIVITIES.filter((item) => (item === activity ? on : allowed.has(item))));
  }

  return (
    <fieldset disabled={disabled} className="space-y-3">
      <div className="flex items-baseline justify-between gap-4">
        <legend className="text-sm font-semibold text-slate-900">Activities</legend>
        <div className="flex gap-1">
          <button type="button" onClick={() => onChange([...ACTIVITIES])} disabled={allowed.size === ACTIVITIES.length} className="rounded px-2 py-1 text-xs font-medium text-brand-700 hover:bg-brand-50 disabled:text-slate-400">
            Allow all
          </button>
          <button type="button" onClick={() => onChange([])} disabled={allowed.size === 0} className="rounded px-2 py-1 text-xs font-medium text-slate-600 hover:bg-slate-100 disabled:text-slate-400">
            Block all
          </button>
        </div>
      </div>
      <p className="text-sm text-slate-500">
        The API families this org may call.{" "}
        <strong className="font-semibold text-slate-900 tabular-nums">{usable}</strong> of {ACTIVITIES.length} usable
        {lockedCount > 0 && ` · ${lockedCount} locked by an ancestor`}.
      </p>
      <ul className="grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-3 lg:grid-cols-4">
        {ACTIVITIES.map((activity) => {
          const lock = locked[activity];
          return (
            <li key={activity} title={lock ? lockExplanation(lock) : undefined}>
              <label className={`flex items-start gap-2 rounded px-1.5 py-1.5 text-sm ${lock ? "cursor-not-allowed" : "cursor-pointer hover:bg-slate-50"}`}>
                <input
                  type="checkbox"
                  checked={!lock && allowed.has(activity)}
                  disabled={Boolean(lock)}
                  onChange={(event) => toggle(activity, event.target.checked)}
                  className="mt-0.5 accent-brand-600"
                />
                <span className="min-w-0">
                  <span className={lock ? "block text-slate-400" : "block"}>{ACTIVITY_LABELS[activity]}</span>
                  {lock && (
                    <span className="flex items-start gap-1 text-xs text-amber-700">
                      <LockIcon className="mt-px size-3 shrink-0" />
                      {lockLabel(lock)}
                    </span>
                  )}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
