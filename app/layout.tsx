import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Super org portal", template: "%s · Super org portal" },
  description: "Manage child orgs, their entitlements and their usage.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 break-words text-slate-900 antialiased">{children}</body>
    </html>
  );
}
