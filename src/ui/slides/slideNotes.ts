import type { Selection } from '../../data/selection';
import type { Dataset } from '../../data/types';
import type { Lang } from '../../data/lang';
import { briefingStrings } from '../../i18n/briefingStrings';
import { datasetWords } from '../../i18n/words';

/**
 * Speaker notes for a slide: the scene's own notes, then each activity in view with its date,
 * partners and source, so the presenter can answer "where does this come from?" on the spot.
 */
export function slideNotes(
  sceneNotes: string,
  dataset: Dataset,
  selection: Selection,
  lang: Lang,
): string {
  const w = datasetWords(dataset, lang);
  const groups = new Set(dataset.groups.map((g) => g.id));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const lines = selection.activities.map((a) => {
    const partners = w.list(a.partners.map((p) => (groups.has(p) ? w.group(p) : w.country(p))));
    const s = sources.get(a.source);
    const cite = s
      ? `${s.publisher}, ${s.published}, “${s.title}”${s.url ? ` ${s.url}` : ''}`
      : a.source;
    return `• ${w.dateSpan(a.date, a.end)} · ${w.text(a.title)} (${partners}) — ${cite}`;
  });
  const head = sceneNotes.trim();
  const list = [`${briefingStrings[lang].slideNotesActivities}:`, ...lines].join('\n');
  return head ? `${head}\n\n${list}` : list;
}
