import type { ReactNode } from "react";

/**
 * The page's outer spacing and width.
 * NOTE: the console shell (app/orgs/[orgId]/layout.tsx) may pad its <main> itself; then this
 * wrapper should keep only the width limit.
 */
export function PagePadding({ children }: { children: ReactNode }) {
  return <div className="mx-auto w-full max-w-6xl px-6 py-8">{children}</div>;
}
