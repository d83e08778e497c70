import { Skeleton } from "@/components/ui/skeleton";

export default function InviteLoading() {
  return (
    <main role="status" aria-label="Loading invitation" className="flex min-h-screen items-center justify-center px-6">
      <div className="w-full max-w-sm space-y-3 rounded-xl border border-slate-200 bg-white p-7">
        <Skeleton className="h-6 w-40" />
        <Skeleton className="h-4 w-full" />
        <Skeleton className="h-10 w-full" />
        <Skeleton className="h-10 w-full" />
      </div>
    </main>
  );
}
