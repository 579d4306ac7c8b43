import type { ReactNode, RefObject } from 'react';
import './charts.css';
import { ChartSvgButton } from './ChartSvgButton';

export interface ChartFrameProps {
  /** Visible plain-sentence title (an `h2`: each chart is a section of the side panel). */
  readonly title: string;
  /** A short line under the title (e.g. the selected years). */
  readonly note?: ReactNode | undefined;
  /** A muted line under the chart (how to interact). */
  readonly hint?: string | undefined;
  /** Measured for the chart's width. */
  readonly plotRef: RefObject<HTMLDivElement | null>;
  /** The svg (and any tooltip). */
  readonly children: ReactNode;
  /** The text alternative: a visually hidden table with the same figures. */
  readonly table: ReactNode;
  readonly className?: string;
}

/** Title, note, plot area, hint and hidden table: the frame every chart shares. */
export function ChartFrame({
  title,
  note,
  hint,
  plotRef,
  children,
  table,
  className,
}: ChartFrameProps) {
  return (
    <div className={className ? `chart ${className}` : 'chart'}>
      <h2 className="chart-title">{title}</h2>
      {note ? <p className="chart-note">{note}</p> : null}
      <div className="chart-plot" ref={plotRef}>
        {children}
      </div>
      {hint ? <p className="chart-hint">{hint}</p> : null}
      <ChartSvgButton plotRef={plotRef} />
      {table}
    </div>
  );
}
