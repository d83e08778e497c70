import "server-only";
import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { getSessionUser } from "@/lib/auth/console";
import { contextForUser } from "@/lib/auth/user-context";
import { actorId } from "@/lib/context";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/log";
import { billingPeriod } from "@/lib/usage/period";
import { getUsageReport } from "@/lib/usage/report";
import { usageCsvFileName, usageCsvStream } from "./usage-csv";

/**
 * Streams a CSV download of the acting org's usage in one billing period: one line per local day
 * in `tz`, org (the acting org itself or a direct child org with its descendants) and activity.
 * Needs a console session; `getUsageReport` checks `usage.read` and scopes the rows to the acting org.
 */
export async function exportUsageCsv(orgId: string, month: string | undefined, tz: string | undefined): Promise<Response> {
  const started = performance.now();
  const requestId = randomUUID();
  try {
    const user = await getSessionUser();
    if (!user) throw new AppError(401, "unauthenticated", "Your session has ended. Sign in again, then download the CSV.");
    const db = await getDb();
    const context = await contextForUser(db, user, String(orgId), requestId);
    const period = billingPeriod(month);
    const report = await getUsageReport(db, context, {
      from: period.start.toISOString(),
      to: period.end.toISOString(),
      granularity: "day",
      groupBy: "org,activity",
      tz,
    });
    logger.info(
      { action: "exportUsageCsv", actingOrgId: context.actingOrg.id, actorId: actorId(context.actor), requestId, rows: report.rows.length, durationMs: Math.round(performance.now() - started) },
      "usage CSV export",
    );
    const body = Readable.toWeb(usageCsvStream(report)) as ReadableStream<Uint8Array>;
    return new Response(body, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${usageCsvFileName(period.month, report.tz)}"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof AppError) {
      logger.info({ action: "exportUsageCsv", orgId, requestId, code: error.code, status: error.status }, "usage CSV export rejected");
      return textResponse(error.status, error.message);
    }
    logger.error({ err: error, action: "exportUsageCsv", orgId, requestId }, "usage CSV export failed");
    return textResponse(500, "Something went wrong on our side while building the CSV. Try again.");
  }
}

function textResponse(status: number, message: string): Response {
  return new Response(`${message}\n`, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}
