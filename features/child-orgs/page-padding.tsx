import type { ReactNode } from "react";

/** The width limit of the child org pages; the console shell pads its main area. */
export function PagePadding({ children }: { children: ReactNode }) {
  return <div className="mx-auto w-full max-w-6xl">{children}</div>;
}
