import { USAGE_METRIC_LABELS, USAGE_METRICS, type UsageMetric } from "./usage-metric";

/** Renders a segmented control that picks the metric every chart of the card measures. */
export function MetricToggle({ value, onChange }: { value: UsageMetric; onChange: (metric: UsageMetric) => void }) {
  return (
    <div role="group" aria-label="Chart measure" className="inline-flex rounded-md bg-slate-100 p-0.5">
      {USAGE_METRICS.map((metric) => (
        <button
          key={metric}
          type="button"
          aria-pressed={metric === value}
          onClick={() => onChange(metric)}
          className={`rounded px-3 py-1 text-xs font-medium transition-colors focus-visible:outline-2 focus-visible:outline-brand-600 ${
            metric === value ? "bg-white text-slate-900 shadow-sm" : "text-slate-600 hover:text-slate-900"
          }`}
        >
          {USAGE_METRIC_LABELS[metric]}
        </button>
      ))}
    </div>
  );
}
