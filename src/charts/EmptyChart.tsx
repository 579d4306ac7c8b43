export interface EmptyChartProps {
  /** Accessible name of the svg; stays the same as when the chart has data. */
  readonly name: string;
  readonly message: string;
  readonly width: number;
  /** @defaultValue 64 */
  readonly height?: number;
}

/** The chart's svg, still named, holding only the empty-state message. */
export function EmptyChart({ name, message, width, height = 64 }: EmptyChartProps) {
  return (
    <svg
      role="img"
      aria-label={name}
      width={width}
      height={height}
      className="chart-svg chart-empty"
    >
      <rect
        x={0.5}
        y={0.5}
        width={Math.max(0, width - 1)}
        height={height - 1}
        rx={4}
        className="chart-empty-box"
      />
      <text x={width / 2} y={height / 2 + 4} textAnchor="middle" className="chart-empty-text">
        {message}
      </text>
    </svg>
  );
}
