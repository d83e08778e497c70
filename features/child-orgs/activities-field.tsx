"use client";

import { ACTIVITIES, ACTIVITY_LABELS, type Activity } from "@/lib/catalog/activities";

/** Checkboxes of the API families (activities) a child org may call. */
export function ActivitiesField({ value, onChange, disabled }: {
  value: Activity[];
  onChange: (value: Activity[]) => void;
  disabled: boolean;
}) {
  const allowed = new Set(value);
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
        The API families this org may call. {allowed.size} of {ACTIVITIES.length} allowed.
      </p>
      <ul className="grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-3 lg:grid-cols-4">
        {ACTIVITIES.map((activity) => (
          <li key={activity}>
            <label className="flex cursor-pointer items-center gap-2 rounded px-1.5 py-1.5 text-sm hover:bg-slate-50">
              <input
                type="checkbox"
                checked={allowed.has(activity)}
                onChange={(event) => toggle(activity, event.target.checked)}
                className="accent-brand-600"
              />
              {ACTIVITY_LABELS[activity]}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
