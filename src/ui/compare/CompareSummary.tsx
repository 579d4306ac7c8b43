import type { Comparison } from '../../data/compare';
import { analystStrings } from '../../i18n/analystStrings';
import { datasetWords } from '../../i18n/words';
import { useAtlas, useAtlasState } from '../AtlasContext';

/** How many changes the summary names. */
const NAMED = 3;

/**
 * The compare sentence inside the `Summary` status: partner countries New / Continued / Ended and
 * the biggest changes in activity count (`Kazakhstan +2`).
 */
export function CompareSummary({ comparison }: { comparison: Comparison }) {
  const { dataset } = useAtlas();
  const lang = useAtlasState((s) => s.lang);
  const a = analystStrings[lang];
  const w = datasetWords(dataset, lang);
  const { a: sa, b: sb, counts, changes } = comparison;
  const biggest = changes
    .filter((c) => c.countA !== c.countB)
    .slice(0, NAMED)
    .map((c) => {
      const d = c.countB - c.countA;
      return `${w.country(c.iso3)} ${d > 0 ? '+' : '−'}${w.number(Math.abs(d))}`;
    });
  return (
    <p className="summary-compare">
      {a.compareSummary(
        w.years(sa.range.from, sa.range.to),
        w.years(sb.range.from, sb.range.to),
        counts,
      )}
      {biggest.length > 0 && ` ${a.biggestChanges(w.list(biggest))}`}
    </p>
  );
}
