import type { ChangeEvent } from 'react';
import { update } from '../state/store';
import { setYears } from '../state/updaters';
import { useAtlas, useAtlasState } from './AtlasContext';
import { startPlayback, usePlayback } from './usePlayback';
import { useStrings } from './useStrings';

/** The year range as a timeline: Play at its left, two thumbs on one track, a tick per year. */
export function Timeline() {
  const { selection, store } = useAtlas();
  const playing = useAtlasState((s) => s.playing);
  const t = useStrings();
  const span = selection.yearSpan;
  const { from, to } = selection.range;
  usePlayback(store, span);
  const years: number[] = [];
  for (let y = span.min; y <= span.max; y++) years.push(y);
  const pct = (y: number) =>
    span.max === span.min ? 0 : ((y - span.min) / (span.max - span.min)) * 100;
  const onFrom = (e: ChangeEvent<HTMLInputElement>) => {
    const v = Number(e.target.value);
    update(store, (s) => setYears({ ...s, playing: false }, Math.min(v, to), to, span));
  };
  const onTo = (e: ChangeEvent<HTMLInputElement>) => {
    const v = Number(e.target.value);
    update(store, (s) => setYears({ ...s, playing: false }, from, Math.max(v, from), span));
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
      <div className="range">
        <div className="range-track" aria-hidden="true">
          <div
            className="range-fill"
            style={{ left: `${pct(from)}%`, width: `${pct(to) - pct(from)}%` }}
          />
        </div>
        <input
          type="range"
          className={
            from === to && to === span.max ? 'thumb thumb-from thumb-top' : 'thumb thumb-from'
          }
          min={span.min}
          max={span.max}
          step={1}
          value={from}
          aria-label={t.fromYear}
          aria-valuenow={from}
          onChange={onFrom}
        />
        <input
          type="range"
          className="thumb thumb-to"
          min={span.min}
          max={span.max}
          step={1}
          value={to}
          aria-label={t.toYear}
          aria-valuenow={to}
          onChange={onTo}
        />
        <ol className="range-ticks" aria-hidden="true">
          {years.map((y) => (
            <li
              key={y}
              className={y >= from && y <= to ? 'tick tick-in' : 'tick'}
              style={{ left: `${pct(y)}%` }}
            >
              {y}
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
