import { Skeleton } from "@/components/ui/skeleton";
import { PagePadding } from "@/features/child-orgs/page-padding";

export default function ChildOrgsLoading() {
  return (
    <PagePadding>
      <div role="status" aria-label="Loading child orgs">
        <Skeleton className="h-7 w-40" />
        <Skeleton className="mt-2 h-4 w-96" />
        <div className="mt-6 rounded-lg border border-slate-200 bg-white">
          <div className="flex items-center justify-between border-b border-slate-100 px-5 py-4">
            <Skeleton className="h-4 w-32" />
            <Skeleton className="h-8 w-36" />
          </div>
          <div className="border-b border-slate-100 px-4 py-3">
            <Skeleton className="h-8 w-72" />
          </div>
          {Array.from({ length: 5 }, (_, index) => (
            <div key={index} className="flex gap-6 border-b border-slate-100 px-4 py-3 last:border-0">
              <Skeleton className="h-4 w-40" />
              <Skeleton className="h-4 w-64" />
              <Skeleton className="h-4 w-16" />
              <Skeleton className="h-4 w-24" />
              <Skeleton className="ml-auto h-4 w-40" />
            </div>
          ))}
        </div>
      </div>
    </PagePadding>
  );
}
