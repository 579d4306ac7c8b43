import { yearTicks } from './yearTicks';

/** The year labels under the timeline's track; years in the range are marked. */
export function TimelineTicks({
  span,
  from,
  to,
  pct,
}: {
  span: { readonly min: number; readonly max: number };
  from: number;
  to: number;
  /** Position of a year along the track, 0–100. */
  pct: (year: number) => number;
}) {
  return (
    <ol className="range-ticks" aria-hidden="true">
      {yearTicks(span.min, span.max).map((tick) => (
        <li
          key={tick.year}
          className={[
            'tick',
            tick.year >= from && tick.year <= to ? 'tick-in' : '',
            tick.wide ? '' : 'tick-minor',
            tick.narrow ? '' : 'tick-wide-only',
          ].join(' ')}
          style={{ left: `${String(pct(tick.year))}%` }}
        >
          {tick.year}
        </li>
      ))}
    </ol>
  );
}
