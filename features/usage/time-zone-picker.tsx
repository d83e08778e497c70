"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect, useTransition } from "react";
import { usageHref } from "./usage-url";

/**
 * Picks the time zone of the daily chart and the CSV dates through the `tz` search parameter, so a
 * shared link shows the same days. A link without `tz` is completed with the browser's zone.
 */
export function TimeZonePicker({ value, options, period, fromUrl }: {
  value: string;
  options: readonly string[];
  period: string;
  /** False when the URL has no `tz` yet and `value` is the server's fallback. */
  fromUrl: boolean;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    if (fromUrl) return;
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    router.replace(usageHref(pathname, { period, tz: browserZone || "UTC" }), { scroll: false });
  }, [fromUrl, pathname, period, router]);

  return (
    <div className={pending ? "opacity-60" : ""} aria-busy={pending}>
      <label htmlFor="usage-time-zone" className="sr-only">Time zone of the daily chart</label>
      <select
        id="usage-time-zone"
        value={value}
        title="Time zone of the daily chart and of the dates in the CSV"
        onChange={(event) => {
          const tz = event.target.value;
          startTransition(() => router.push(usageHref(pathname, { period, tz })));
        }}
        className="h-8 max-w-52 rounded-md border border-slate-300 bg-white pl-3 pr-8 text-sm text-slate-800 shadow-sm outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-100"
      >
        {options.map((zone) => (
          <option key={zone} value={zone}>{zone.replaceAll("_", " ")}</option>
        ))}
      </select>
    </div>
  );
}
