import type { YearBar, YearBarsLayout } from './layoutYearBars';

export interface YearTooltipProps {
  readonly bar: YearBar;
  readonly layout: YearBarsLayout;
  readonly title: string;
  readonly rows: readonly { key: string; color: string; label: string; value: string }[];
  /** Shown when sector counts add up to more than the total. */
  readonly note: string | null;
}

/** A year's exact figures beside its bar, for pointer hover (screen readers get the table). */
export function YearTooltip({ bar, layout, title, rows, note }: YearTooltipProps) {
  const onRight = bar.x + bar.w / 2 < layout.width / 2;
  const edge = onRight ? bar.x + bar.w + 6 : bar.x - 6;
  const room = Math.max(120, onRight ? layout.width - edge : edge);
  const place = onRight ? { left: edge } : { right: layout.width - edge };
  return (
    <div
      className="chart-tooltip"
      style={{ ...place, top: layout.plot.top, maxWidth: Math.min(260, room) }}
      aria-hidden="true"
    >
      <div className="chart-tooltip-title">{title}</div>
      {rows.map((r) => (
        <div key={r.key} className="chart-tooltip-row">
          <span className="chart-swatch" style={{ background: r.color }} />
          <span className="chart-tooltip-label">{r.label}</span>
          <span className="chart-tooltip-value">{r.value}</span>
        </div>
      ))}
      {note ? <div className="chart-tooltip-note">{note}</div> : null}
    </div>
  );
}
