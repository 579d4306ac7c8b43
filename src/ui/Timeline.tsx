import { update } from '../state/store';
import { setYears } from '../state/updaters';
import { useAtlas, useAtlasState, useSelection } from './AtlasContext';
import { startPlayback, usePlayback } from './usePlayback';
import { useRangeDrag, type Thumb } from './useRangeDrag';
import { useStrings } from './useStrings';
import { TimelineTicks } from './TimelineTicks';
import { YearThumb } from './YearThumb';

/** The year range as a timeline: Play at its left, two thumbs on one track, a tick per year. */
export function Timeline() {
  const { store } = useAtlas();
  const selection = useSelection();
  const playing = useAtlasState((s) => s.playing);
  const t = useStrings();
  const span = selection.yearSpan;
  const { from, to } = selection.range;
  usePlayback(store, span);
  const pct = (y: number) =>
    span.max === span.min ? 0 : ((y - span.min) / (span.max - span.min)) * 100;

  const set = (which: Thumb, year: number) =>
    update(store, (s) => {
      const lo = which === 'from' ? Math.min(year, to) : from;
      const hi = which === 'to' ? Math.max(year, from) : to;
      return setYears({ ...s, playing: false }, lo, hi, span);
    });
  const { trackRef, drag, onTrackDown } = useRangeDrag(span, selection.range, set);

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
        <TimelineTicks span={span} from={from} to={to} pct={pct} />
      </div>
    </div>
  );
}
