"use client";

import { useEffect, useState } from "react";

/**
 * A timestamp in the viewer's time zone, with the zone named. The server and the first client
 * render use UTC, so that hydration matches; the local time replaces it after mounting.
 */
export function LocalTime({ value, withTime = false }: { value: string; withTime?: boolean }) {
  const [timeZone, setTimeZone] = useState<string | undefined>("UTC");
  useEffect(() => setTimeZone(undefined), []);

  const date = new Date(value);
  const options: Intl.DateTimeFormatOptions = withTime
    ? { dateStyle: "medium", timeStyle: "short", timeZone }
    : { dateStyle: "medium", timeZone };
  const text = date.toLocaleString("en-US", options);
  const full = date.toLocaleString("en-US", { dateStyle: "full", timeStyle: "long", timeZone });
  const zone = withTime ? ` ${zoneName(date, timeZone)}` : "";
  return (
    <time dateTime={value} title={full}>
      {text}
      {zone}
    </time>
  );
}

function zoneName(date: Date, timeZone: string | undefined): string {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "short" }).formatToParts(date);
  return parts.find((part) => part.type === "timeZoneName")?.value ?? "";
}
