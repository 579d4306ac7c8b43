import './compare.css';
import { useId } from 'react';
import { analystStrings } from '../../i18n/analystStrings';
import { words } from '../../i18n/words';
import { update } from '../../state/store';
import { setCompare, toggleCompare } from '../../state/updaters';
import { useAtlas, useAtlasState, useSelection } from '../AtlasContext';

/**
 * `Compare periods` and, when on, the `Compare from` / `Compare to` sliders of period A (SPEC §3);
 * the year range is period B.
 */
export function CompareControls() {
  const { universe, store } = useAtlas();
  const selection = useSelection();
  const lang = useAtlasState((s) => s.lang);
  const compare = useAtlasState((s) => s.compare);
  const a = analystStrings[lang];
  const w = words(lang);
  const span = universe.yearSpan;
  const id = useId();
  const slider = (label: string, value: number, onChange: (y: number) => void) => (
    <label className="compare-slider">
      <span aria-hidden="true">{label}</span>
      <input
        type="range"
        aria-label={label}
        aria-valuenow={value}
        min={span.min}
        max={span.max}
        step={1}
        value={value}
        onChange={(e) => onChange(Number(e.target.value))}
      />
      <output className="compare-year">{value}</output>
    </label>
  );
  return (
    <div className="compare-controls">
      <label className="check">
        <input
          type="checkbox"
          checked={compare !== null}
          aria-describedby={compare ? id : undefined}
          onChange={(e) => update(store, (s) => toggleCompare(s, e.target.checked, span))}
        />
        <span className="check-label">{a.comparePeriods}</span>
      </label>
      {compare && (
        <>
          <p id={id} className="compare-periods">
            <span className="period period-a">
              {a.periodA}: {w.years(compare.from, compare.to)}
            </span>
            <span className="period period-b">
              {a.periodB}: {w.years(selection.range.from, selection.range.to)}
            </span>
          </p>
          {slider(a.compareFrom, compare.from, (y) =>
            update(store, (s) => setCompare(s, y, Math.max(y, compare.to), span)),
          )}
          {slider(a.compareTo, compare.to, (y) =>
            update(store, (s) => setCompare(s, Math.min(y, compare.from), y, span)),
          )}
        </>
      )}
    </div>
  );
}
