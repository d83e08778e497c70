import type { NextRequest } from "next/server";
import { exportUsageCsv } from "@/features/usage/export-usage";

export const dynamic = "force-dynamic";

/** CSV of the acting org's usage: `?period=YYYY-MM&tz=<IANA zone>`, both optional (current period, UTC). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  const search = request.nextUrl.searchParams;
  return exportUsageCsv(orgId, search.get("period") || undefined, search.get("tz") || undefined);
}
