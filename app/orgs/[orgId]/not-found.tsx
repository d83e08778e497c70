import { OrgNotFound } from "@/components/org-not-found";

export default function OrgPageNotFound() {
  return <OrgNotFound />;
}
