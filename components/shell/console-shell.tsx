"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState, type ReactNode } from "react";

const SIDEBAR_ID = "console-sidebar";
// Tailwind's `lg` breakpoint. From this width on, the sidebar is always shown and the menu button hidden.
const WIDE_QUERY = "(min-width: 64rem)";

/**
 * Renders the console frame: header, sidebar and main area. Below the `lg` breakpoint the sidebar
 * becomes a drawer opened by the header's "Navigation menu" button. While the drawer is open the
 * rest of the page is inert, so focus stays in the drawer until it closes.
 */
export function ConsoleShell({ banner, orgSwitcher, userMenu, sidebar, children }: {
  /** Shown above the header, for example the "acting as" strip. */
  banner?: ReactNode;
  orgSwitcher: ReactNode;
  userMenu: ReactNode;
  sidebar: ReactNode;
  children: ReactNode;
}) {
  const pathname = usePathname();
  // The path the drawer was opened on. Navigating elsewhere closes the drawer without an effect.
  const [openOnPath, setOpenOnPath] = useState<string | null>(null);
  const open = openOnPath === pathname;
  const menuButtonRef = useRef<HTMLButtonElement>(null);
  const drawerRef = useRef<HTMLElement>(null);
  const returnFocusRef = useRef(false);

  function closeDrawer(returnFocus: boolean) {
    returnFocusRef.current = returnFocus;
    setOpenOnPath(null);
  }

  useEffect(() => {
    if (!open) {
      // The menu button is inert until this render commits, so focus moves back to it only here.
      if (returnFocusRef.current) menuButtonRef.current?.focus();
      returnFocusRef.current = false;
      return;
    }

    const drawer = drawerRef.current;
    const target = drawer?.querySelector<HTMLElement>("a[aria-current='page']") ?? drawer?.querySelector<HTMLElement>("a, button");
    target?.focus();

    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key === "Escape") closeDrawer(true);
    };
    // A window widened past the breakpoint shows the sidebar in place, so the drawer must not stay open.
    const wide = window.matchMedia(WIDE_QUERY);
    const closeWhenWide = () => {
      if (wide.matches) closeDrawer(false);
    };
    const previousOverflow = document.body.style.overflow;
    document.body.style.overflow = "hidden";
    document.addEventListener("keydown", closeOnEscape);
    wide.addEventListener("change", closeWhenWide);
    return () => {
      document.body.style.overflow = previousOverflow;
      document.removeEventListener("keydown", closeOnEscape);
      wide.removeEventListener("change", closeWhenWide);
    };
  }, [open]);

  return (
    <div className="flex min-h-screen flex-col">
      {banner && <div inert={open}>{banner}</div>}
      <header inert={open} className="sticky top-0 z-20 flex h-14 items-center gap-2 border-b border-slate-200 bg-white px-3 sm:gap-4 sm:px-6">
        <button
          ref={menuButtonRef}
          type="button"
          aria-expanded={open}
          aria-controls={SIDEBAR_ID}
          onClick={() => (open ? closeDrawer(true) : setOpenOnPath(pathname))}
          className="-ml-1 flex size-9 shrink-0 items-center justify-center rounded-md text-slate-600 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-600 lg:hidden"
        >
          <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="size-5">
            <path fillRule="evenodd" d="M2 4.75A.75.75 0 0 1 2.75 4h14.5a.75.75 0 0 1 0 1.5H2.75A.75.75 0 0 1 2 4.75ZM2 10a.75.75 0 0 1 .75-.75h14.5a.75.75 0 0 1 0 1.5H2.75A.75.75 0 0 1 2 10Zm0 5.25a.75.75 0 0 1 .75-.75h14.5a.75.75 0 0 1 0 1.5H2.75a.75.75 0 0 1-.75-.75Z" clipRule="evenodd" />
          </svg>
          <span className="sr-only">Navigation menu</span>
        </button>
        <PortalHomeLink className="hidden sm:flex" />
        <span aria-hidden className="hidden h-6 w-px bg-slate-200 sm:block" />
        <div className="min-w-0">{orgSwitcher}</div>
        <div className="ml-auto shrink-0">{userMenu}</div>
      </header>

      <div className="flex flex-1">
        {open && <div aria-hidden className="fixed inset-0 z-30 bg-slate-900/40 lg:hidden" onClick={() => closeDrawer(true)} />}
        <aside
          id={SIDEBAR_ID}
          ref={drawerRef}
          role={open ? "dialog" : undefined}
          aria-modal={open || undefined}
          aria-label={open ? "Navigation menu" : undefined}
          // A click on a link closes the drawer, including a link to the page already shown.
          onClick={(event) => {
            if (open && (event.target as Element).closest("a")) closeDrawer(false);
          }}
          className={`flex-col overflow-y-auto border-r border-slate-200 bg-white px-3 py-5 ${
            open ? "fixed inset-y-0 left-0 z-40 flex w-72 max-w-[85vw] shadow-xl" : "hidden"
          } lg:sticky lg:top-14 lg:z-auto lg:flex lg:h-[calc(100dvh-3.5rem)] lg:w-56 lg:shrink-0 lg:self-start lg:shadow-none`}
        >
          <div className="mb-4 flex items-center justify-between gap-2 px-1 lg:hidden">
            <PortalHomeLink />
            <button
              type="button"
              onClick={() => closeDrawer(true)}
              className="flex size-9 items-center justify-center rounded-md text-slate-500 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-600"
            >
              <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="size-5">
                <path d="M5.28 4.22a.75.75 0 0 0-1.06 1.06L8.94 10l-4.72 4.72a.75.75 0 1 0 1.06 1.06L10 11.06l4.72 4.72a.75.75 0 1 0 1.06-1.06L11.06 10l4.72-4.72a.75.75 0 0 0-1.06-1.06L10 8.94 5.28 4.22Z" />
              </svg>
              <span className="sr-only">Close the navigation menu</span>
            </button>
          </div>
          {sidebar}
        </aside>
        <main inert={open} className="min-w-0 flex-1 px-4 py-5 sm:px-6 lg:px-8 lg:py-7">
          <div className="mx-auto max-w-6xl">{children}</div>
        </main>
      </div>
    </div>
  );
}

function PortalHomeLink({ className = "flex" }: { className?: string }) {
  return (
    <Link href="/" className={`${className} shrink-0 items-center gap-2 text-sm font-semibold tracking-tight text-slate-900`}>
      <span aria-hidden className="flex size-7 items-center justify-center rounded-md bg-brand-600 text-xs font-bold text-white">SO</span>
      Super org portal
    </Link>
  );
}
