"use client";

import { useId, useMemo, useState } from "react";
import type { Entitlements } from "@/lib/entitlements/schemas";
import type { CatalogFacet, CatalogOption } from "./catalog-options";
import { allowedIds, changeMode } from "./entitlement-changes";
import { LockIcon } from "./lock-icon";
import { lockExplanation, lockLabel, unlockedIds, type Lock } from "./locks";

type Selection = Entitlements["voices"];

export interface CatalogNouns {
  /** Section title, e.g. "Voices". */
  title: string;
  /** Lowercase plural, e.g. "voices". */
  plural: string;
}

/**
 * Chooses which catalog items a child org may use: everything, only the checked items (allow
 * list) or everything except the checked items (deny list). Locked items, which an ancestor
 * removed, are shown but cannot be chosen.
 */
export function CatalogSelection({ nouns, options, facets, value, onChange, disabled, locked }: {
  nouns: CatalogNouns;
  options: CatalogOption[];
  facets: CatalogFacet[];
  value: Selection;
  onChange: (value: Selection) => void;
  disabled: boolean;
  locked: Record<string, Lock>;
}) {
  // Mode changes invert lists over the unlocked items only, so that an allow list never names a locked one.
  const catalogIds = useMemo(() => unlockedIds(options.map((option) => option.id), locked), [options, locked]);
  const usable = allowedIds(value, catalogIds).size;
  const lockedCount = options.length - catalogIds.length;
  const modes: { mode: Selection["mode"]; label: string; hint: string }[] = [
    { mode: "all", label: `All ${nouns.plural}`, hint: `Every one in the catalog, including ${nouns.plural} added later.` },
    { mode: "allow", label: `Only selected ${nouns.plural}`, hint: "Nothing else, not even new ones." },
    { mode: "deny", label: `All except selected ${nouns.plural}`, hint: `New ${nouns.plural} become available.` },
  ];
  const groupName = useId();

  return (
    <fieldset disabled={disabled} className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <legend className="text-sm font-semibold text-slate-900">{nouns.title}</legend>
        <p className="text-sm text-slate-600">
          <strong className="font-semibold text-slate-900 tabular-nums">{usable}</strong> of {options.length} {nouns.plural} usable
          {lockedCount > 0 && <span className="text-slate-500"> · {lockedCount} locked by an ancestor</span>}
        </p>
      </div>
      <div className="grid gap-2 sm:grid-cols-3">
        {modes.map((item) => (
          <label
            key={item.mode}
            className={`flex cursor-pointer gap-2.5 rounded-md border px-3 py-2 text-sm has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-100 ${value.mode === item.mode ? "border-brand-500 bg-brand-50/60" : "border-slate-200 hover:border-slate-300"}`}
          >
            <input
              type="radio"
              name={groupName}
              checked={value.mode === item.mode}
              onChange={() => onChange(changeMode(value, item.mode, catalogIds))}
              className="mt-0.5 accent-brand-600"
              aria-labelledby={`${groupName}-${item.mode}-label`}
              aria-describedby={`${groupName}-${item.mode}-hint`}
            />
            <span>
              <span id={`${groupName}-${item.mode}-label`} className="block font-medium text-slate-900">{item.label}</span>
              <span id={`${groupName}-${item.mode}-hint`} className="block text-xs text-slate-500">{item.hint}</span>
            </span>
          </label>
        ))}
      </div>
      {value.mode === "all" ? (
        <p className="text-sm text-slate-500">
          {lockedCount === 0
            ? `This org may use all ${options.length} ${nouns.plural} of the catalog.`
            : `This org may use every ${nouns.plural.replace(/s$/, "")} its parent may use: ${usable} of the ${options.length} in the catalog. Choose a list to see the ${lockedCount} locked ones.`}
        </p>
      ) : (
        <CatalogChecklist nouns={nouns} options={options} facets={facets} value={value} onChange={onChange} locked={locked} />
      )}
    </fieldset>
  );
}

function CatalogChecklist({ nouns, options, facets, value, onChange, locked }: {
  nouns: CatalogNouns;
  options: CatalogOption[];
  facets: CatalogFacet[];
  value: Selection;
  onChange: (value: Selection) => void;
  locked: Record<string, Lock>;
}) {
  const [search, setSearch] = useState("");
  const [filters, setFilters] = useState<Record<string, string>>({});
  const idPrefix = useId();
  const checked = new Set(value.ids);
  const needle = search.trim().toLowerCase();
  const visible = options.filter(
    (option) =>
      (!needle || option.searchText.includes(needle)) &&
      facets.every((facet) => !filters[facet.key] || option.facets[facet.key] === filters[facet.key]),
  );
  const selectable = options.filter((option) => !(option.id in locked));
  const visibleSelectable = visible.filter((option) => !(option.id in locked));
  const checkedCount = selectable.filter((option) => checked.has(option.id)).length;
  const verb = value.mode === "allow" ? "selected" : "excluded";

  function setIds(ids: Iterable<string>) {
    onChange({ mode: value.mode, ids: [...new Set(ids)] });
  }
  function toggle(id: string, on: boolean) {
    setIds(on ? [...value.ids, id] : value.ids.filter((existing) => existing !== id));
  }

  return (
    <div className="rounded-md border border-slate-200">
      <div className="flex flex-wrap items-center gap-2 border-b border-slate-100 bg-slate-50 px-3 py-2">
        <input
          type="search"
          aria-label={`Search ${nouns.plural}`}
          placeholder={`Search ${nouns.plural}`}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          className="w-56 rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-100"
        />
        {facets.map((facet) => (
          <FacetSelect
            key={facet.key}
            facet={facet}
            values={[...new Set(options.map((option) => option.facets[facet.key] ?? ""))].filter(Boolean).sort()}
            value={filters[facet.key] ?? ""}
            onChange={(next) => setFilters((current) => ({ ...current, [facet.key]: next }))}
          />
        ))}
      </div>
      <div className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm">
        <p aria-live="polite" className={value.mode === "allow" && checkedCount === 0 ? "font-medium text-amber-700" : "text-slate-700"}>
          {checkedCount} of {selectable.length} {nouns.plural} {verb}
          {value.mode === "allow" && checkedCount === 0 && `: this org cannot use any of the ${nouns.plural}.`}
        </p>
        <div className="flex gap-1">
          <button type="button" onClick={() => setIds([...value.ids, ...visibleSelectable.map((option) => option.id)])} disabled={visibleSelectable.length === 0} className="rounded px-2 py-1 text-xs font-medium text-brand-700 hover:bg-brand-50 disabled:text-slate-400">
            Select all shown ({visibleSelectable.length})
          </button>
          <button type="button" onClick={() => setIds([])} disabled={checkedCount === 0} className="rounded px-2 py-1 text-xs font-medium text-slate-600 hover:bg-slate-100 disabled:text-slate-400">
            Clear selection
          </button>
        </div>
      </div>
      {visible.length === 0 ? (
        <p className="px-3 pb-4 text-sm text-slate-500">No {nouns.plural} match the search and filters.</p>
      ) : (
        <ul className="grid max-h-80 grid-cols-1 gap-x-4 overflow-y-auto border-t border-slate-100 px-3 py-2 sm:grid-cols-2 lg:grid-cols-3">
          {visible.map((option) => {
            const lock = locked[option.id];
            if (lock) return <LockedOption key={option.id} option={option} lock={lock} idPrefix={idPrefix} />;
            return (
              <li key={option.id}>
                <label className="flex cursor-pointer items-start gap-2 rounded px-1.5 py-1.5 hover:bg-slate-50">
                  <input
                    type="checkbox"
                    checked={checked.has(option.id)}
                    onChange={(event) => toggle(option.id, event.target.checked)}
                    aria-labelledby={`${idPrefix}-${option.id}-name`}
                    aria-describedby={`${idPrefix}-${option.id}-details`}
                    className="mt-0.5 accent-brand-600"
                  />
                  <span className="min-w-0">
                    <span id={`${idPrefix}-${option.id}-name`} className="block text-sm text-slate-900">{option.name}</span>
                    <span id={`${idPrefix}-${option.id}-details`} className="block truncate text-xs text-slate-500">{option.details}</span>
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

/** A locked item: its checkbox is disabled and unchecked, and the line below names who removed it. */
function LockedOption({ option, lock, idPrefix }: { option: CatalogOption; lock: Lock; idPrefix: string }) {
  return (
    <li title={lockExplanation(lock)}>
      <label className="flex cursor-not-allowed items-start gap-2 rounded px-1.5 py-1.5">
        <input
          type="checkbox"
          checked={false}
          disabled
          aria-labelledby={`${idPrefix}-${option.id}-name`}
          aria-describedby={`${idPrefix}-${option.id}-lock`}
          className="mt-0.5"
        />
        <span className="min-w-0">
          <span id={`${idPrefix}-${option.id}-name`} className="block text-sm text-slate-400">{option.name}</span>
          <span id={`${idPrefix}-${option.id}-lock`} className="flex items-center gap-1 truncate text-xs text-amber-700">
            <LockIcon className="size-3 shrink-0" />
            {lockLabel(lock)}
          </span>
        </span>
      </label>
    </li>
  );
}

function FacetSelect({ facet, values, value, onChange }: {
  facet: CatalogFacet;
  values: string[];
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <select
      aria-label={`Filter by ${facet.label.toLowerCase()}`}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      className={`rounded-md border px-2 py-1.5 text-sm outline-none focus:ring-2 focus:ring-brand-100 ${value ? "border-brand-500 bg-brand-50 text-brand-700" : "border-slate-300 bg-white text-slate-700"}`}
    >
      <option value="">{facet.label}: any</option>
      {values.map((item) => (
        <option key={item} value={item}>{facet.label}: {item}</option>
      ))}
    </select>
  );
}
