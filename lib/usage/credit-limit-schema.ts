import { z } from "zod";

const MONTHLY_CREDITS_PATTERN = /^(0|[1-9]\d{0,11})(\.\d{1,6})?$/;
export const MAX_ALERT_THRESHOLDS = 10;

/**
 * Input of "set credit limit", shared by the console form, its server action and the API.
 * Thresholds are percentages of the monthly limit; they are stored in ascending order.
 */
export const CreditLimitInput = z.strictObject({
  monthlyCredits: z
    .string({ message: 'monthlyCredits must be a decimal string such as "250.5", or null for no limit' })
    .regex(MONTHLY_CREDITS_PATTERN, {
      message: "monthlyCredits must be a positive decimal with at most 12 integer digits and 6 decimal places",
    })
    .refine((value) => /[1-9]/.test(value), { message: "monthlyCredits must be greater than 0; send null for no limit" })
    .nullable(),
  atLimit: z.enum(["block", "overage"], { message: 'atLimit must be "block" or "overage"' }),
  alertThresholds: z
    .array(
      z
        .number({ message: "alertThresholds must contain whole numbers" })
        .int({ message: "alertThresholds must contain whole numbers" })
        .min(1, { message: "alertThresholds must be between 1 and 1000 (percent)" })
        .max(1000, { message: "alertThresholds must be between 1 and 1000 (percent)" }),
      { message: "alertThresholds must be an array of percentages such as [80, 100]" },
    )
    .max(MAX_ALERT_THRESHOLDS, { message: `alertThresholds may contain at most ${MAX_ALERT_THRESHOLDS} values` })
    .refine((values) => new Set(values).size === values.length, { message: "alertThresholds must not repeat a value" })
    .transform((values) => [...values].sort((a, b) => a - b)),
});
export type CreditLimitInput = z.infer<typeof CreditLimitInput>;
