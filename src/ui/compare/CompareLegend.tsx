import { COMPARE_CLASSES, type Comparison } from '../../data/compare';
import { analystStrings } from '../../i18n/analystStrings';
import { words } from '../../i18n/words';
import { useAtlasState } from '../AtlasContext';

/**
 * The map's key while comparing (SPEC §3): the three classes `New`, `Continued`, `Ended`, each with
 * its swatch and how many partner countries it holds.
 */
export function CompareLegend({ comparison }: { comparison: Comparison }) {
  const lang = useAtlasState((s) => s.lang);
  const a = analystStrings[lang];
  const w = words(lang);
  const { a: sa, b: sb } = comparison;
  return (
    <div className="compare-legend" data-map-obstacle="legend">
      <p className="compare-legend-title">
        {a.compareLegend(w.years(sa.range.from, sa.range.to), w.years(sb.range.from, sb.range.to))}
      </p>
      <ul>
        {COMPARE_CLASSES.map((cls) => (
          <li key={cls}>
            <span className={`compare-swatch ${cls}`} aria-hidden="true" />
            {a.classes[cls]}
            <span className="compare-legend-count"> {w.number(comparison.counts[cls])}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
