import { Skeleton } from "@/components/ui/skeleton";
import { PagePadding } from "@/features/child-orgs/page-padding";

export default function ChildOrgLoading() {
  return (
    <PagePadding>
      <div role="status" aria-label="Loading child org">
        <Skeleton className="h-4 w-24" />
        <div className="mt-3 flex items-center justify-between">
          <Skeleton className="h-7 w-64" />
          <Skeleton className="h-9 w-36" />
        </div>
        <Skeleton className="mt-4 h-20 w-full" />
        <div className="mt-6 space-y-5 rounded-lg border border-slate-200 bg-white p-5">
          <Skeleton className="h-4 w-32" />
          <Skeleton className="h-10 w-full" />
          <div className="grid grid-cols-3 gap-2">
            <Skeleton className="h-14" />
            <Skeleton className="h-14" />
            <Skeleton className="h-14" />
          </div>
          <Skeleton className="h-48 w-full" />
          <Skeleton className="h-24 w-full" />
        </div>
        <div className="mt-6 space-y-4 rounded-lg border border-slate-200 bg-white p-5" aria-hidden>
          <Skeleton className="h-4 w-28" />
          <Skeleton className="h-2.5 w-full rounded-full" />
          <div className="grid grid-cols-2 gap-4">
            <Skeleton className="h-16" />
            <Skeleton className="h-16" />
          </div>
          <Skeleton className="h-16 w-full" />
        </div>
      </div>
    </PagePadding>
  );
}
