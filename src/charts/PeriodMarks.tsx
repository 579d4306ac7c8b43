import type { YearBarsLayout } from './layoutYearBars';

export interface ChartPeriod {
  readonly from: number;
  readonly to: number;
  /** Written at the band's top (`A`, `B`). */
  readonly label: string;
  readonly className: string;
}

/**
 * Bands behind the year bars marking the two periods of `Compare periods`, each labelled; years
 * outside the chart's span are clipped to it.
 */
export function PeriodMarks({
  layout,
  periods,
}: {
  layout: YearBarsLayout;
  periods: readonly ChartPeriod[];
}) {
  const pad = (b: { readonly w: number }) => (layout.step - b.w) / 2;
  return (
    <g className="chart-periods" aria-hidden="true">
      {periods.map((p) => {
        const first = layout.bars.find((b) => b.year >= p.from);
        const last = layout.bars.findLast((b) => b.year <= p.to);
        if (!first || !last || last.year < first.year) return null;
        const x = first.x - pad(first);
        const width = last.x + last.w + pad(last) - x;
        return (
          <g key={p.label} className={p.className}>
            <rect
              x={x}
              y={layout.plot.top}
              width={width}
              height={layout.plot.bottom - layout.plot.top}
            />
            <text x={x + 4} y={layout.plot.top + 12} className="chart-axis-text">
              {p.label}
            </text>
          </g>
        );
      })}
    </g>
  );
}
