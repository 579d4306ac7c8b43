import type { HBar } from './layoutHBars';

/** The parts every horizontal-bar row shares: a full-width hit target and the row's label. */
export function HBarRowBase({
  bar,
  width,
  rowHeight,
}: {
  bar: HBar;
  width: number;
  rowHeight: number;
}) {
  return (
    <>
      <rect className="chart-row-hit" x={0} y={bar.rowY} width={width} height={rowHeight} />
      <text x={bar.label.x} y={bar.label.y} textAnchor={bar.label.anchor} className="chart-label">
        {bar.label.text}
      </text>
    </>
  );
}
