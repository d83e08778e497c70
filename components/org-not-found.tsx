import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";

/** Renders the 404 of an org URL. An unknown org and an unreachable org get the same page. */
export function OrgNotFound({ fullPage = false }: { fullPage?: boolean }) {
  const Wrapper = fullPage ? "main" : "div";
  return (
    <Wrapper className={`flex items-center justify-center px-6 ${fullPage ? "min-h-screen" : "py-16"}`}>
      <div className="max-w-md rounded-lg border border-slate-200 bg-white p-8 text-center shadow-sm">
        <p className="text-sm font-semibold text-brand-600">404</p>
        <h1 className="mt-1 text-lg font-semibold text-slate-900">Organization not found, or you do not have access</h1>
        <p className="mt-2 text-sm text-slate-600">
          Check the link. If someone shared it with you, ask them to add you to that organization, or switch to one of
          yours.
        </p>
        <Link href="/" className={`${buttonClasses("primary")} mt-6`}>Go to your organization</Link>
      </div>
    </Wrapper>
  );
}
