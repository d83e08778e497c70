import type { ReactNode } from "react";

/** Renders the centred frame of the sign-in and sign-up pages. */
export function AuthCard({ title, description, children, footer }: {
  title: string;
  description: ReactNode;
  children: ReactNode;
  footer: ReactNode;
}) {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-6 py-12">
      <div className="mb-6 flex items-center gap-2 text-sm font-semibold tracking-tight text-slate-900">
        <span aria-hidden className="flex size-8 items-center justify-center rounded-md bg-brand-600 text-xs font-bold text-white">SO</span>
        Super org portal
      </div>
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-7 shadow-sm">
        <h1 className="text-lg font-semibold tracking-tight text-slate-900">{title}</h1>
        <p className="mt-1 text-sm text-slate-500">{description}</p>
        <div className="mt-6">{children}</div>
      </div>
      <p className="mt-5 text-sm text-slate-600">{footer}</p>
    </main>
  );
}
