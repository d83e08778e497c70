/** One coloured series of a chart: a donut slice's category or one layer of a bar stack. */
export interface ChartSeries {
  key: string;
  label: string;
  /** CSS colour. */
  color: string;
}

export interface DonutSlice extends ChartSeries {
  /** Size of the slice; only its share of the total matters. */
  value: number;
  /** Exact value as the tooltip shows it, for example a decimal string of credits. */
  valueText: string;
}

/** One bar of a stacked bar chart: its x-axis category and one value per series key. */
export interface StackedBarDatum {
  x: string;
  values: Record<string, number>;
}
