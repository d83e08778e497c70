"use client";

import { Button } from "@/components/ui/button";

/**
 * Renders the failure of a page of the acting org. In production Next replaces server error
 * messages with a digest, so the page shows the digest to look up in the server log.
 */
export default function OrgPageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-white p-6 shadow-sm">
      <h1 className="text-base font-semibold text-slate-900">This page failed to load</h1>
      <p className="mt-1 text-sm text-slate-600">
        The server could not load the data for this page. It may be restarting or the database may be unavailable.
        Try again; if it keeps failing, give your operator the error reference below.
      </p>
      {error.digest && (
        <p className="mt-3 text-xs text-slate-500">
          Error reference: <code className="font-mono">{error.digest}</code>
        </p>
      )}
      <div className="mt-4 flex gap-2">
        <Button onClick={reset}>Try again</Button>
        <a href="/" className="inline-flex items-center px-3 text-sm font-medium text-slate-600 hover:text-slate-900">
          Go to your organization
        </a>
      </div>
    </div>
  );
}
