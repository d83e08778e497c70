import { describeCreditProgress, type CreditTone } from "./credit-progress";

const BAR_COLORS: Record<CreditTone, string> = {
  normal: "bg-brand-600",
  near: "bg-amber-500",
  over: "bg-red-600",
};

const TEXT_COLORS: Record<CreditTone, string> = {
  normal: "text-slate-900",
  near: "text-amber-800",
  over: "text-red-700",
};

/**
 * Credits used against the monthly limit as a bar: blue below 80 %, amber from 80 %, red at or
 * above the limit. The numbers beside it are exact.
 */
export function CreditProgressBar({ usedCredits, monthlyCredits, label }: {
  usedCredits: string;
  monthlyCredits: string;
  /** Accessible name of the bar, such as "Credits used of the monthly limit". */
  label: string;
}) {
  const progress = describeCreditProgress(usedCredits, monthlyCredits);
  return (
    <div>
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <p className={`text-sm tabular-nums ${TEXT_COLORS[progress.tone]}`}>
          <span className="text-lg font-semibold">{progress.usedText}</span>
          <span className="text-slate-500"> of {progress.limitText} credits</span>
        </p>
        <p className={`text-sm font-medium tabular-nums ${TEXT_COLORS[progress.tone]}`}>{progress.percentText}</p>
      </div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.min(progress.usedPercent, 100)}
        aria-valuetext={`${progress.percentText}: ${progress.usedText} of ${progress.limitText} credits`}
        className="mt-2 h-2.5 w-full overflow-hidden rounded-full bg-slate-100"
      >
        <div className={`h-full rounded-full ${BAR_COLORS[progress.tone]}`} style={{ width: `${progress.barPercent}%` }} />
      </div>
      <p className="mt-1.5 text-xs text-slate-500 tabular-nums">
        {progress.overText !== null
          ? `${progress.overText} credits above the limit.`
          : progress.tone === "over"
            ? "The limit is reached."
            : `${progress.remainingText} credits left.`}
      </p>
    </div>
  );
}
