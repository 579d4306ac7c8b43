import type { Comparison } from '../../data/compare';
import { useAtlas, useAtlasState } from '../AtlasContext';
import { compareSentence } from './compareSentence';

/**
 * The compare sentence inside the `Summary` status: partner countries New / Continued / Ended and
 * the biggest changes in activity count (`Kazakhstan +2`).
 */
export function CompareSummary({ comparison }: { comparison: Comparison }) {
  const { dataset } = useAtlas();
  const lang = useAtlasState((s) => s.lang);
  return <p className="summary-compare">{compareSentence(comparison, dataset, lang)}</p>;
}
