"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export type NavIcon = "overview" | "childOrgs" | "presets" | "usage" | "members" | "roles" | "apiKeys";

export interface NavItem {
  href: string;
  label: string;
  icon: NavIcon;
  /** Overview matches only its own path; other sections also match the pages below them. */
  exact?: boolean;
}

const ICON_PATHS: Record<NavIcon, string> = {
  overview: "M3 4.5A1.5 1.5 0 0 1 4.5 3h3A1.5 1.5 0 0 1 9 4.5v3A1.5 1.5 0 0 1 7.5 9h-3A1.5 1.5 0 0 1 3 7.5v-3Zm8 0A1.5 1.5 0 0 1 12.5 3h3A1.5 1.5 0 0 1 17 4.5v3A1.5 1.5 0 0 1 15.5 9h-3A1.5 1.5 0 0 1 11 7.5v-3Zm-8 8A1.5 1.5 0 0 1 4.5 11h3A1.5 1.5 0 0 1 9 12.5v3A1.5 1.5 0 0 1 7.5 17h-3A1.5 1.5 0 0 1 3 15.5v-3Zm8 0a1.5 1.5 0 0 1 1.5-1.5h3a1.5 1.5 0 0 1 1.5 1.5v3a1.5 1.5 0 0 1-1.5 1.5h-3a1.5 1.5 0 0 1-1.5-1.5v-3Z",
  childOrgs: "M8 2.5A1.5 1.5 0 0 1 9.5 1h1A1.5 1.5 0 0 1 12 2.5v1A1.5 1.5 0 0 1 10.5 5h-.25v2.5h5a1.5 1.5 0 0 1 1.5 1.5v2h.25A1.5 1.5 0 0 1 18 12.5v1a1.5 1.5 0 0 1-1.5 1.5h-1a1.5 1.5 0 0 1-1.5-1.5v-1a1.5 1.5 0 0 1 1.25-1.48V9h-5v2.02A1.5 1.5 0 0 1 10.75 12.5v1a1.5 1.5 0 0 1-1.5 1.5h-1a1.5 1.5 0 0 1-1.5-1.5v-1A1.5 1.5 0 0 1 8 11.02V9H4.75v2.02A1.5 1.5 0 0 1 6 12.5v1A1.5 1.5 0 0 1 4.5 15h-1A1.5 1.5 0 0 1 2 13.5v-1A1.5 1.5 0 0 1 3.25 11.02V9a1.5 1.5 0 0 1 1.5-1.5H8.75V5H9.5A1.5 1.5 0 0 1 8 3.5v-1Z",
  presets: "M4.5 2A1.5 1.5 0 0 0 3 3.5v13A1.5 1.5 0 0 0 4.5 18h11a1.5 1.5 0 0 0 1.5-1.5v-13A1.5 1.5 0 0 0 15.5 2h-11ZM6 6.25a.75.75 0 0 1 .75-.75h1.5a.75.75 0 0 1 0 1.5h-1.5A.75.75 0 0 1 6 6.25Zm4.75-.75a.75.75 0 0 0 0 1.5h2.5a.75.75 0 0 0 0-1.5h-2.5ZM6 10a.75.75 0 0 1 .75-.75h1.5a.75.75 0 0 1 0 1.5h-1.5A.75.75 0 0 1 6 10Zm4.75-.75a.75.75 0 0 0 0 1.5h2.5a.75.75 0 0 0 0-1.5h-2.5ZM6 13.75a.75.75 0 0 1 .75-.75h1.5a.75.75 0 0 1 0 1.5h-1.5a.75.75 0 0 1-.75-.75Zm4.75-.75a.75.75 0 0 0 0 1.5h2.5a.75.75 0 0 0 0-1.5h-2.5Z",
  usage: "M3 16.25a.75.75 0 0 1 .75-.75h12.5a.75.75 0 0 1 0 1.5H3.75a.75.75 0 0 1-.75-.75ZM4 13V9.5A1.5 1.5 0 0 1 5.5 8h.5A1.5 1.5 0 0 1 7.5 9.5V13A1.5 1.5 0 0 1 6 14.5h-.5A1.5 1.5 0 0 1 4 13Zm4.5 0V4.5A1.5 1.5 0 0 1 10 3h.5A1.5 1.5 0 0 1 12 4.5V13a1.5 1.5 0 0 1-1.5 1.5H10A1.5 1.5 0 0 1 8.5 13Zm4.5 0v-5.5A1.5 1.5 0 0 1 14.5 6h.5a1.5 1.5 0 0 1 1.5 1.5V13a1.5 1.5 0 0 1-1.5 1.5h-.5A1.5 1.5 0 0 1 13 13Z",
  members: "M7 8a3 3 0 1 0 0-6 3 3 0 0 0 0 6Zm7.5 1a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5ZM1.6 15.4A5.5 5.5 0 0 1 12.4 15.4 1 1 0 0 1 11.4 17H2.6a1 1 0 0 1-1-1.6ZM14.5 17h3a1 1 0 0 0 .95-1.3 4.5 4.5 0 0 0-5.63-3.12A6.97 6.97 0 0 1 14.5 17Z",
  roles: "M10 1.5 3 4.25v5.1c0 4.2 2.95 8.1 7 9.15 4.05-1.05 7-4.95 7-9.15v-5.1L10 1.5Zm-1.1 11.3-3-3 1.4-1.4 1.6 1.6 3.8-3.8 1.4 1.4-5.2 5.2Z",
  apiKeys: "M12.5 2a5.5 5.5 0 0 0-5.2 7.3L2 14.6V18h3.4v-1.7h1.7v-1.7h1.7l1.9-1.9A5.5 5.5 0 1 0 12.5 2Zm1.5 5.5a1.5 1.5 0 1 1 0-3 1.5 1.5 0 0 1 0 3Z",
};

export function isActiveNavItem(pathname: string, item: NavItem): boolean {
  if (pathname === item.href) return true;
  return !item.exact && pathname.startsWith(`${item.href}/`);
}

/** Renders the left navigation of the acting org and highlights the current section. */
export function SideNav({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Organization" className="flex flex-col gap-0.5">
      {items.map((item) => {
        const active = isActiveNavItem(pathname, item);
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={active ? "page" : undefined}
            className={`flex items-center gap-2.5 rounded-md px-2.5 py-1.5 text-sm font-medium transition-colors ${
              active ? "bg-brand-50 text-brand-700" : "text-slate-600 hover:bg-slate-100 hover:text-slate-900"
            }`}
          >
            <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className={`size-4 shrink-0 ${active ? "text-brand-600" : "text-slate-400"}`}>
              <path d={ICON_PATHS[item.icon]} />
            </svg>
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
