import { z } from "@hono/zod-openapi";
import { ErrorResponse } from "./schemas";

const Credits = z.string().openapi({ description: "Exact decimal", example: "12.5" });

export const IngestResponse = z
  .object({
    recorded: z.number().int(),
    duplicates: z.number().int(),
    credits: Credits,
    overage: z.boolean(),
    events: z.array(
      z.object({
        eventId: z.string(),
        status: z.enum(["recorded", "duplicate"]),
        overage: z.boolean(),
        recordedAt: z.string().openapi({ format: "date-time" }),
      }),
    ).openapi({ description: "events[i] is the result of events[i] of the request." }),
    alerts: z.array(z.object({ orgId: z.string(), period: z.string(), threshold: z.number().int() })),
  })
  .openapi("UsageIngestResult");

export const UsageReportResponse = z
  .object({
    orgId: z.string(),
    from: z.string().openapi({ format: "date-time" }),
    to: z.string().openapi({ format: "date-time" }),
    tz: z.string(),
    granularity: z.enum(["day", "month"]),
    groupBy: z.array(z.enum(["activity", "org"])),
    buckets: z.array(z.object({ period: z.string(), start: z.string(), end: z.string() })),
    totals: z.object({ calls: z.number().int(), credits: Credits }),
    rows: z.array(
      z.object({
        period: z.string().openapi({ example: "2026-03-01" }),
        activity: z.string().optional(),
        orgId: z.string().optional(),
        orgName: z.string().optional(),
        calls: z.number().int(),
        credits: Credits,
      }),
    ),
  })
  .openapi("UsageReport");

export const CreditLimitResponse = z
  .object({
    orgId: z.string(),
    monthlyCredits: Credits.nullable(),
    atLimit: z.enum(["block", "overage"]),
    alertThresholds: z.array(z.number().int()),
    updatedAt: z.string().nullable(),
    period: z.string().openapi({ example: "2026-03" }),
    usedCredits: Credits,
    remainingCredits: Credits.nullable(),
  })
  .openapi("CreditLimit");

export const CreditAlertResponse = z
  .object({
    orgId: z.string(),
    orgName: z.string(),
    period: z.string(),
    threshold: z.number().int(),
    usedCredits: Credits,
    monthlyCredits: Credits,
    firedAt: z.string().openapi({ format: "date-time" }),
  })
  .openapi("CreditAlert");

const errorResponse = (description: string) => ({ description, content: { "application/json": { schema: ErrorResponse } } });

export const INGEST_ERRORS = {
  409: errorResponse("An idempotency key was already recorded with a different body."),
  413: errorResponse("The request body is larger than 2 MiB."),
  429: errorResponse("A credit limit would be passed (code credit_limit_exceeded); nothing was recorded."),
} as const;
