"use client";

import { useEffect, useState } from "react";

/** A small icon button that copies `value` to the clipboard and confirms it for two seconds. */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");

  useEffect(() => {
    if (state === "idle") return;
    const timer = setTimeout(() => setState("idle"), 2000);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setState("copied");
    } catch {
      // The Clipboard API needs a secure context (https or localhost) and the user's permission.
      setState("failed");
    }
  }

  const announcement = { idle: "", copied: "Copied", failed: "Copy failed" }[state];
  const title = { idle: label, copied: "Copied", failed: "Copy failed: select the text instead" }[state];
  return (
    <button
      type="button"
      onClick={copy}
      aria-label={label}
      title={title}
      className="inline-flex h-6 w-6 items-center justify-center rounded text-slate-400 hover:bg-slate-100 hover:text-slate-700 focus-visible:outline-2 focus-visible:outline-brand-600"
    >
      {state === "copied" ? (
        <svg aria-hidden viewBox="0 0 16 16" className="h-3.5 w-3.5 text-emerald-600" fill="none" stroke="currentColor" strokeWidth="2">
          <path d="M3 8.5l3 3 7-7" />
        </svg>
      ) : (
        <svg aria-hidden viewBox="0 0 16 16" className="h-3.5 w-3.5" fill="none" stroke="currentColor" strokeWidth="1.5">
          <rect x="5" y="5" width="8" height="9" rx="1.5" />
          <path d="M3 11V3.5A1.5 1.5 0 014.5 2H10" />
        </svg>
      )}
      <span aria-live="polite" className="sr-only">{announcement}</span>
    </button>
  );
}
