import type { Comparison } from '../../data/compare';
import type { Lang } from '../../data/lang';
import type { Dataset } from '../../data/types';
import { analystStrings } from '../../i18n/analystStrings';
import { datasetWords } from '../../i18n/words';

/** How many changes the sentence names. */
const NAMED = 3;

/**
 * The compare sentence, as the `Summary` status and the slide say it: partner countries New /
 * Continued / Ended, then the biggest changes in activity count (`Kazakhstan +2`).
 */
export function compareSentence(comparison: Comparison, dataset: Dataset, lang: Lang): string {
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
  const classes = a.compareSummary(
    w.years(sa.range.from, sa.range.to),
    w.years(sb.range.from, sb.range.to),
    counts,
  );
  return biggest.length > 0 ? `${classes} ${a.biggestChanges(w.list(biggest))}` : classes;
}
