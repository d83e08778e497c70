"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useTransition } from "react";
import { buttonClasses } from "@/components/ui/button";
import type { PeriodOption } from "./period-options";
import { usageHref } from "./usage-url";

/**
 * Picks the billing period through the `period` search parameter, so the URL can be shared; the
 * chosen time zone `tz` stays in every link. The arrows are plain links. `nextMonth` is null for the
 * current period.
 */
export function PeriodPicker({ value, options, previousMonth, nextMonth, tz }: {
  value: string;
  options: readonly PeriodOption[];
  previousMonth: string;
  nextMonth: string | null;
  tz?: string;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const hrefOf = (month: string) => usageHref(pathname, { period: month, tz });
  const arrow = `${buttonClasses("secondary", "sm")} h-8 w-8 px-0`;

  return (
    <div className={`flex items-center gap-1.5 ${pending ? "opacity-60" : ""}`} aria-busy={pending}>
      <Link href={hrefOf(previousMonth)} className={arrow} aria-label="Previous period" title="Previous period">
        <span aria-hidden>‹</span>
      </Link>
      <label htmlFor="usage-period" className="sr-only">Billing period</label>
      <select
        id="usage-period"
        value={value}
        onChange={(event) => {
          const month = event.target.value;
          startTransition(() => router.push(hrefOf(month)));
        }}
        className="h-8 rounded-md border border-slate-300 bg-white pl-3 pr-8 text-sm font-medium text-slate-800 shadow-sm outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-100"
      >
        {options.map((option) => (
          <option key={option.month} value={option.month}>{option.label}</option>
        ))}
      </select>
      {nextMonth ? (
        <Link href={hrefOf(nextMonth)} className={arrow} aria-label="Next period" title="Next period">
          <span aria-hidden>›</span>
        </Link>
      ) : (
        <span className={`${arrow} cursor-not-allowed opacity-40`} aria-hidden title="This is the current period">›</span>
      )}
    </div>
  );
}
