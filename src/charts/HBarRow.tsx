import type { ReactNode } from 'react';
import type { HBar } from './layoutHBars';
import { markAttrs } from './markAttrs';
import type { TweenRef } from './useTweenedMarks';

export interface HBarRowProps {
  readonly bar: HBar;
  /** The row's resting geometry `[rowY, w, x, …]`, as in the chart's tween frame. */
  readonly goal: readonly number[];
  readonly tween: TweenRef;
  /** Width of the chart, px: the row's hit target spans it. */
  readonly width: number;
  readonly rowHeight: number;
  readonly className: string;
  /** The row's tooltip: the full name and its exact figures. */
  readonly title: string;
  readonly onClick: () => void;
  /** The bar itself: one rect, or a partner's direct and via parts. */
  readonly children: ReactNode;
}

/**
 * One row of a horizontal-bar chart (sectors, partners): a full-width hit target, the name left of
 * (or above) the bar, the bar, and the count at its end; the row slides and the count follows the
 * bar's end while the chart animates.
 */
export function HBarRow({
  bar,
  goal,
  tween,
  width,
  rowHeight,
  className,
  title,
  onClick,
  children,
}: HBarRowProps) {
  return (
    <g
      ref={tween(bar.id, markAttrs.row)}
      {...markAttrs.row(goal, goal)}
      className={className}
      onClick={onClick}
    >
      <title>{title}</title>
      <rect className="chart-row-hit" x={0} y={bar.rowY} width={width} height={rowHeight} />
      <text x={bar.label.x} y={bar.label.y} textAnchor={bar.label.anchor} className="chart-label">
        {bar.label.text}
      </text>
      {children}
      <text
        ref={tween(bar.id, markAttrs.value)}
        {...markAttrs.value(goal, goal)}
        y={bar.valueLabel.y}
        className="chart-value-text"
      >
        {bar.valueLabel.text}
      </text>
    </g>
  );
}
