import { PageHeader } from "@/components/ui/page-header";

/**
 * Renders the usage page of an org the viewer cannot act as, such as a suspended child org. Its
 * usage still counts in the usage of its parent org.
 */
export function UsageUnavailable({ message }: { message: string }) {
  return (
    <>
      <PageHeader title="Usage" />
      <div role="note" className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
        <p className="font-medium">You cannot act as this organization, so its usage page is not available.</p>
        <p className="mt-0.5">
          {message} Its calls and credits are still counted on the Usage page of its parent org, which shows a card for it.
        </p>
      </div>
    </>
  );
}
