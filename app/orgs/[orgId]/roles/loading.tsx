import { Skeleton } from "@/components/ui/skeleton";

export default function RolesLoading() {
  return (
    <div role="status" aria-label="Loading roles">
      <Skeleton className="h-7 w-32" />
      <Skeleton className="mt-2 h-4 w-96" />
      <Skeleton className="mt-6 h-96 w-full" />
    </div>
  );
}
