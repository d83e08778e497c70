import { Skeleton } from "@/components/ui/skeleton";
import { PagePadding } from "@/features/child-orgs/page-padding";

export default function PresetsLoading() {
  return (
    <PagePadding>
      <div role="status" aria-label="Loading presets">
        <div className="flex items-end justify-between">
          <div>
            <Skeleton className="h-7 w-32" />
            <Skeleton className="mt-2 h-4 w-96" />
          </div>
          <Skeleton className="h-9 w-28" />
        </div>
        <div className="mt-6 space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          <Skeleton className="h-5 w-full" />
          <Skeleton className="h-8 w-full" />
          <Skeleton className="h-8 w-full" />
          <Skeleton className="h-8 w-full" />
        </div>
      </div>
    </PagePadding>
  );
}
