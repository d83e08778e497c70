import { Skeleton } from "@/components/ui/skeleton";
import { PagePadding } from "@/features/child-orgs/page-padding";

export default function NewPresetLoading() {
  return (
    <PagePadding>
      <div role="status" aria-label="Loading the preset form">
        <Skeleton className="h-4 w-20" />
        <Skeleton className="mt-3 h-7 w-64" />
        <Skeleton className="mt-2 h-4 w-80" />
        <div className="mt-6 space-y-5 rounded-lg border border-slate-200 bg-white p-5">
          <Skeleton className="h-10 w-96" />
          <Skeleton className="h-10 w-full" />
          <div className="grid grid-cols-3 gap-2">
            <Skeleton className="h-14" />
            <Skeleton className="h-14" />
            <Skeleton className="h-14" />
          </div>
          <Skeleton className="h-48 w-full" />
        </div>
      </div>
    </PagePadding>
  );
}
