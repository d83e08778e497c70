import { Skeleton } from "@/components/ui/skeleton";

export default function UsageLoading() {
  return (
    <div className="@container" role="status" aria-busy aria-label="Loading usage">
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div className="space-y-2">
          <Skeleton className="h-6 w-24" />
          <Skeleton className="h-4 w-96 max-w-full" />
        </div>
        <div className="flex gap-2">
          <Skeleton className="h-8 w-56" />
          <Skeleton className="h-8 w-44" />
          <Skeleton className="h-8 w-28" />
        </div>
      </div>
      <div className="space-y-6">
        <div className="grid grid-cols-2 gap-3 @3xl:grid-cols-4">
          {Array.from({ length: 4 }, (_, index) => (
            <Skeleton key={index} className="h-[74px]" />
          ))}
        </div>
        <div className="grid gap-6 @5xl:grid-cols-2">
          {["Credit limit", "Credit alerts"].map((title) => (
            <div key={title} className="space-y-3 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
              <Skeleton className="h-4 w-32" />
              <Skeleton className="h-6 w-48" />
              <Skeleton className="h-2.5 w-full rounded-full" />
              <Skeleton className="h-4 w-2/3" />
            </div>
          ))}
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <div className="mb-5 flex justify-between">
            <Skeleton className="h-5 w-40" />
            <Skeleton className="h-7 w-32" />
          </div>
          <div className="grid gap-8 @3xl:grid-cols-[17rem_1fr]">
            <div className="flex flex-col items-center gap-5">
              <Skeleton className="size-[200px] rounded-full" />
              <Skeleton className="h-24 w-full" />
            </div>
            <Skeleton className="h-[330px]" />
          </div>
        </div>
        <Skeleton className="h-44 w-full" />
        <div className="grid gap-4 @2xl:grid-cols-2 @5xl:grid-cols-3">
          {Array.from({ length: 3 }, (_, index) => (
            <Skeleton key={index} className="h-48" />
          ))}
        </div>
      </div>
    </div>
  );
}
