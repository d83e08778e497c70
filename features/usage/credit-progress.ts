import { fromMicroCredits, toMicroCredits } from "@/lib/usage/summary";
import { formatCredits } from "./format";

/** Percent of the monthly limit from which the bar turns amber. */
export const NEAR_LIMIT_PERCENT = 80;

/** `normal` below 80 % of the limit, `near` from 80 %, `over` at or above 100 %. */
export type CreditTone = "normal" | "near" | "over";

/** Credits used against a monthly limit, as the progress bar draws it. */
export interface CreditProgress {
  /** Bar width in percent of the track, 0 to 100. */
  barPercent: number;
  /** Whole percent of the limit used, rounded down; may exceed 100. */
  usedPercent: number;
  /** `82%`, or `<1%` for a small non-zero use. */
  percentText: string;
  tone: CreditTone;
  usedText: string;
  limitText: string;
  /** Credits left before the limit; `0.00` at or above it. */
  remainingText: string;
  /** Credits above the limit, or null while below it. */
  overText: string | null;
}

/** Compares exact decimal credit strings in integer millionths, so no digit is lost to floats. */
export function describeCreditProgress(usedCredits: string, monthlyCredits: string): CreditProgress {
  const used = toMicroCredits(usedCredits);
  const limit = toMicroCredits(monthlyCredits);
  // A stored limit is always above 0. A limit of 0 counts as fully used instead of dividing by it.
  let basisPoints = 10_000;
  if (limit > 0n) basisPoints = Number((used * 10_000n) / limit);
  else if (used === 0n) basisPoints = 0;
  const usedPercent = Math.floor(basisPoints / 100);
  let tone: CreditTone = "normal";
  if (basisPoints >= 10_000) tone = "over";
  else if (usedPercent >= NEAR_LIMIT_PERCENT) tone = "near";
  const over = used - limit;
  return {
    barPercent: Math.min(100, basisPoints / 100),
    usedPercent,
    percentText: usedPercent === 0 && used > 0n ? "<1%" : `${usedPercent}%`,
    tone,
    usedText: formatCredits(usedCredits),
    limitText: formatCredits(monthlyCredits),
    remainingText: formatCredits(fromMicroCredits(over < 0n ? -over : 0n)),
    overText: over > 0n ? formatCredits(fromMicroCredits(over)) : null,
  };
}

/** Rounds a non-negative decimal credit string half up to `places` (0 to 6) decimal places. */
export function roundCredits(credits: string, places: number): string {
  const unit = 10n ** BigInt(6 - places);
  const micro = toMicroCredits(credits);
  return fromMicroCredits(((micro + unit / 2n) / unit) * unit);
}

/** The projected use at the end of the current period, as one sentence and a tone. */
export interface CreditProjection {
  projectedText: string;
  tone: CreditTone;
  sentence: string;
}

/**
 * Describes the linear projection of the period view. `monthlyCredits` is null without a limit.
 * `periodEndText` names the end of the period, such as "31 Dec".
 */
export function describeProjection(projectedCredits: string, monthlyCredits: string | null, periodEndText: string): CreditProjection {
  // An estimate: shown to two decimal places, but compared with the limit exactly.
  const projectedText = formatCredits(roundCredits(projectedCredits, 2));
  const start = `At the current rate, use reaches about ${projectedText} credits by ${periodEndText}`;
  if (monthlyCredits === null) return { projectedText, tone: "normal", sentence: `${start}.` };

  const progress = describeCreditProgress(projectedCredits, monthlyCredits);
  if (progress.overText !== null) {
    const over = fromMicroCredits(toMicroCredits(projectedCredits) - toMicroCredits(monthlyCredits));
    return { projectedText, tone: "over", sentence: `${start}, about ${formatCredits(roundCredits(over, 2))} credits above the limit.` };
  }
  return { projectedText, tone: progress.tone, sentence: `${start}, ${progress.percentText} of the limit.` };
}

/** Describes what happens at the limit, in the words of the credit limit form. */
export function atLimitText(atLimit: "block" | "overage"): string {
  return atLimit === "block"
    ? "Calls that would go above the limit are rejected until the next billing period."
    : "Calls above the limit are accepted and marked as overage.";
}

/** Formats alert thresholds as `80% and 100%`. */
export function thresholdsText(thresholds: readonly number[]): string {
  const percents = thresholds.map((threshold) => `${threshold}%`);
  if (percents.length <= 1) return percents.join("");
  return `${percents.slice(0, -1).join(", ")} and ${percents.at(-1)}`;
}
