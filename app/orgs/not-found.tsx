import { OrgNotFound } from "@/components/org-not-found";

// The org layout calls notFound() for unknown or unreachable orgs. A segment's own not-found file
// renders inside its layout, so this boundary one level up is the one that catches that call.
export default function OrgNotFoundPage() {
  return <OrgNotFound fullPage />;
}
