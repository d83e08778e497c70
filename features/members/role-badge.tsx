import { Badge } from "@/components/ui/badge";

const ROLE_TONES: Record<string, "blue" | "green" | "amber" | "neutral"> = {
  owner: "blue",
  admin: "blue",
  developer: "green",
  billing: "amber",
  viewer: "neutral",
};

export function RoleBadge({ role }: { role: string }) {
  return <Badge tone={ROLE_TONES[role] ?? "neutral"}>{role}</Badge>;
}
