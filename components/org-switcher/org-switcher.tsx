"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { orderOptions, type OrderedOption } from "./order-options";
import { OrgSwitcherOptionRow, type SwitcherOption } from "./org-switcher-option";
import { switchOrgPath } from "./switch-org-path";

// Below this many orgs the whole list fits on screen and a filter box is only noise.
const FILTER_THRESHOLD = 8;

/**
 * Renders the "switch organization" dropdown. It only navigates to the same section of the chosen
 * org, and the server checks on every request whether the user may act as that org.
 */
export function OrgSwitcher({ actingOrgId, options }: { actingOrgId: string; options: SwitcherOption[] }) {
  const router = useRouter();
  const pathname = usePathname();
  const listId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const focusRef = useRef<HTMLInputElement & HTMLUListElement>(null);
  const [open, setOpen] = useState(false);
  const [filter, setFilter] = useState("");
  const [activeId, setActiveId] = useState<string | null>(null);

  const ordered = useMemo(() => orderOptions(options), [options]);
  const showFilter = ordered.length > FILTER_THRESHOLD;
  const visible = useMemo(() => filterOptions(ordered, filter), [ordered, filter]);
  const selectable = visible.filter((option) => !option.blocked);
  const acting = ordered.find((option) => option.id === actingOrgId);

  useEffect(() => {
    if (!open) return;
    focusRef.current?.focus();
    const closeOnOutsideClick = (event: MouseEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("mousedown", closeOnOutsideClick);
    return () => document.removeEventListener("mousedown", closeOnOutsideClick);
  }, [open]);

  useEffect(() => {
    document.getElementById(optionDomId(listId, activeId))?.scrollIntoView({ block: "nearest" });
  }, [activeId, listId]);

  function openList() {
    setFilter("");
    setActiveId(acting && !acting.blocked ? acting.id : (ordered.find((option) => !option.blocked)?.id ?? null));
    setOpen(true);
  }

  function close() {
    setOpen(false);
    buttonRef.current?.focus();
  }

  function choose(option: OrderedOption<SwitcherOption>) {
    if (option.blocked) return;
    setOpen(false);
    if (option.id !== actingOrgId) router.push(switchOrgPath(pathname, option));
  }

  function moveActive(step: number | "first" | "last") {
    if (selectable.length === 0) return;
    const index = selectable.findIndex((option) => option.id === activeId);
    let next: number;
    if (step === "first") next = 0;
    else if (step === "last") next = selectable.length - 1;
    else next = index === -1 ? 0 : (index + step + selectable.length) % selectable.length;
    setActiveId(selectable[next]?.id ?? null);
  }

  function onListKeyDown(event: KeyboardEvent) {
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveActive(1),
      ArrowUp: () => moveActive(-1),
      Home: () => moveActive("first"),
      End: () => moveActive("last"),
      Escape: close,
      Enter: () => {
        const option = selectable.find((candidate) => candidate.id === activeId);
        if (option) choose(option);
      },
    };
    const handler = keys[event.key];
    if (handler) {
      event.preventDefault();
      handler();
    } else if (event.key === "Tab") {
      setOpen(false);
    }
  }

  const activeDescendant = activeId && selectable.some((option) => option.id === activeId) ? optionDomId(listId, activeId) : undefined;

  return (
    <div ref={rootRef} className="min-w-0 sm:relative">
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="listbox"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        onClick={() => (open ? setOpen(false) : openList())}
        onKeyDown={(event) => {
          if (!open && (event.key === "ArrowDown" || event.key === "ArrowUp")) {
            event.preventDefault();
            openList();
          }
        }}
        className="flex max-w-full items-center gap-2 rounded-md bg-white px-3 py-1.5 text-left text-sm shadow-sm ring-1 ring-slate-300 ring-inset hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600 sm:max-w-xs"
      >
        <span className="sr-only">Switch organization. Acting as </span>
        <span className="truncate font-medium text-slate-900">{acting?.name ?? "Organization"}</span>
        <svg aria-hidden viewBox="0 0 20 20" className="size-4 shrink-0 text-slate-400" fill="currentColor">
          <path d="M10 3 6 7h8l-4-4Zm0 14 4-4H6l4 4Z" />
        </svg>
      </button>

      {open && (
        // Below the sm breakpoint a 20rem list hung from the button would leave the screen. There the
        // list is positioned against the header, its nearest positioned ancestor, and spans its width.
        <div className="absolute inset-x-3 top-full z-30 mt-1 rounded-lg sm:inset-x-auto sm:top-auto sm:left-0 sm:w-80 border border-slate-200 bg-white shadow-lg">
          <p className="border-b border-slate-100 px-3 py-2 text-xs font-medium text-slate-500">Switch organization</p>
          {showFilter && (
            <div className="border-b border-slate-100 p-2">
              <input
                ref={focusRef}
                type="search"
                value={filter}
                onChange={(event) => {
                  setFilter(event.target.value);
                  setActiveId(firstSelectable(ordered, event.target.value)?.id ?? null);
                }}
                onKeyDown={onListKeyDown}
                placeholder={`Filter ${ordered.length} organizations`}
                role="combobox"
                aria-expanded="true"
                aria-autocomplete="list"
                aria-label="Filter organizations"
                aria-controls={listId}
                aria-activedescendant={activeDescendant}
                className="block w-full rounded-md border border-slate-300 px-2.5 py-1.5 text-sm outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-100"
              />
            </div>
          )}
          <ul
            ref={showFilter ? undefined : focusRef}
            id={listId}
            role="listbox"
            aria-label="Organizations"
            tabIndex={showFilter ? -1 : 0}
            aria-activedescendant={showFilter ? undefined : activeDescendant}
            onKeyDown={onListKeyDown}
            className="max-h-80 overflow-y-auto py-1 outline-none"
          >
            {visible.map((option) => (
              <OrgSwitcherOptionRow
                key={option.id}
                domId={optionDomId(listId, option.id)}
                option={option}
                current={option.id === actingOrgId}
                active={option.id === activeId}
                onChoose={() => choose(option)}
                onHover={() => !option.blocked && setActiveId(option.id)}
              />
            ))}
            {visible.length === 0 && <li className="px-3 py-6 text-center text-sm text-slate-500">No organization matches “{filter}”.</li>}
          </ul>
        </div>
      )}
    </div>
  );
}

/** Matches the filter text against org names, or the start of an org id (pasted from elsewhere). */
function filterOptions<T extends OrderedOption<SwitcherOption>>(options: T[], filter: string): T[] {
  const query = filter.trim().toLowerCase();
  if (!query) return options;
  return options.filter((option) => option.name.toLowerCase().includes(query) || option.id.startsWith(query));
}

function firstSelectable<T extends OrderedOption<SwitcherOption>>(options: T[], filter: string): T | undefined {
  return filterOptions(options, filter).find((option) => !option.blocked);
}

function optionDomId(listId: string, orgId: string | null): string {
  return `${listId}-${orgId ?? "none"}`;
}
