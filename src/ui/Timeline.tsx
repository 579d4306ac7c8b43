import { useRef, type PointerEvent } from 'react';
import { update } from '../state/store';
import { setYears } from '../state/updaters';
import { useAtlas, useAtlasState } from './AtlasContext';
import { startPlayback, usePlayback } from './usePlayback';
import { useStrings } from './useStrings';
import { YearThumb } from './YearThumb';
import { yearTicks } from './yearTicks';
import { YearByYearToggle } from './scenes/YearByYearToggle';

type Which = 'from' | 'to';

/** The year range as a timeline: Play at its left, two thumbs on one track, a tick per year. */
export function Timeline() {
  const { selection, store } = useAtlas();
  const playing = useAtlasState((s) => s.playing);
  const t = useStrings();
  const trackRef = useRef<HTMLDivElement>(null);
  const span = selection.yearSpan;
  const { from, to } = selection.range;
  usePlayback(store, span);
  const pct = (y: number) =>
    span.max === span.min ? 0 : ((y - span.min) / (span.max - span.min)) * 100;

  const set = (which: Which, year: number) =>
    update(store, (s) => {
      const lo = which === 'from' ? Math.min(year, to) : from;
      const hi = which === 'to' ? Math.max(year, from) : to;
      return setYears({ ...s, playing: false }, lo, hi, span);
    });

  const yearAt = (clientX: number): number => {
    const box = trackRef.current?.getBoundingClientRect();
    if (!box || box.width === 0) return span.min;
    const f = Math.min(1, Math.max(0, (clientX - box.left) / box.width));
    return Math.round(span.min + f * (span.max - span.min));
  };

  const drag = (which: Which) => (e: PointerEvent<HTMLElement>) => {
    e.preventDefault();
    const target = e.currentTarget;
    target.setPointerCapture(e.pointerId);
    const move = (ev: globalThis.PointerEvent) => set(which, yearAt(ev.clientX));
    const end = () => {
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', end);
      target.removeEventListener('pointercancel', end);
    };
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', end);
    target.addEventListener('pointercancel', end);
  };

  /** A press on the track moves the nearer thumb there and keeps dragging it. */
  const onTrackDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return;
    const year = yearAt(e.clientX);
    const which: Which = Math.abs(year - from) <= Math.abs(year - to) && year <= to ? 'from' : 'to';
    set(which, year);
    drag(which)(e);
  };

  return (
    <div className="timeline" role="group" aria-label={t.timeline}>
      <button
        type="button"
        className="play-button"
        aria-label={playing ? t.pause : t.play}
        onClick={() => (playing ? store.setState({ playing: false }) : startPlayback(store, span))}
      >
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
      </button>
      <YearByYearToggle />
      <div className="range">
        <div className="range-track" ref={trackRef} onPointerDown={onTrackDown}>
          <div
            className="range-fill"
            style={{ left: `${pct(from)}%`, width: `${pct(to) - pct(from)}%` }}
          />
          <YearThumb
            label={t.fromYear}
            value={from}
            min={span.min}
            max={to}
            percent={pct(from)}
            onChange={(y) => set('from', y)}
            onDragStart={drag('from')}
            className={from === to && to === span.max ? 'thumb-from thumb-top' : 'thumb-from'}
          />
          <YearThumb
            label={t.toYear}
            value={to}
            min={from}
            max={span.max}
            percent={pct(to)}
            onChange={(y) => set('to', y)}
            onDragStart={drag('to')}
            className="thumb-to"
          />
        </div>
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
              style={{ left: `${pct(tick.year)}%` }}
            >
              {tick.year}
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
