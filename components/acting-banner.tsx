"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { switchOrgPath } from "@/components/org-switcher/switch-org-path";

/**
 * Renders the amber strip shown while the user acts as an org other than their home org. "Stop
 * acting" goes back to the home org, to the same section when the home org has it.
 */
export function ActingBanner({ actingOrgName, homeOrg }: {
  actingOrgName: string;
  homeOrg: { id: string; name: string; canHaveChildren: boolean };
}) {
  const pathname = usePathname();
  return (
    <div role="status" className="border-b border-amber-300 bg-amber-100 text-amber-950">
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 px-6 py-2 text-sm">
        <p className="flex min-w-0 items-center gap-2">
          <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="size-4 shrink-0 text-amber-600">
            <path fillRule="evenodd" d="M8.5 2.6a1.7 1.7 0 0 1 3 0l6.3 11.4a1.7 1.7 0 0 1-1.5 2.5H3.7a1.7 1.7 0 0 1-1.5-2.5L8.5 2.6ZM10 7a.8.8 0 0 0-.8.8v3.4a.8.8 0 0 0 1.6 0V7.8A.8.8 0 0 0 10 7Zm0 8a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z" clipRule="evenodd" />
          </svg>
          <span className="min-w-0">
            You are acting as <strong className="font-semibold">{actingOrgName}</strong> on behalf of{" "}
            <strong className="font-semibold">{homeOrg.name}</strong>.
          </span>
        </p>
        <Link
          href={switchOrgPath(pathname, homeOrg)}
          className="min-w-0 rounded-md bg-amber-950 px-3 py-1 text-xs font-semibold text-amber-50 shadow-sm hover:bg-amber-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-950"
        >
          Stop acting as {actingOrgName}
        </Link>
      </div>
    </div>
  );
}
