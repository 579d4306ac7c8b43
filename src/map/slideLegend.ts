import type { Selection } from '../data/selection';
import type { Dataset } from '../data/types';
import type { Lang } from '../data/lang';
import { mapStrings } from '../i18n/mapStrings';
import { datasetWords } from '../i18n/words';
import { countSteps } from './countSteps';
import { MAP_COLORS } from './mapColors';
import { viaOnlyGroups } from '../data/viaOnly';

/** The map legend as rows a 2D canvas can draw, for the exported slide. */
export function slideLegend(
  selection: Selection,
  dataset: Dataset,
  maxCount: number,
  lang: Lang,
): { legendTitle: string; legend: { label: string; color: string; dashed?: boolean }[] } {
  const t = mapStrings[lang];
  const w = datasetWords(dataset, lang);
  const groupNames = w.groups(viaOnlyGroups(selection.partners, dataset).map((g) => g.id));
  return {
    legendTitle: t.legendTitle,
    legend: [
      ...countSteps(maxCount).map((s) => ({ label: s.label, color: s.color })),
      ...(groupNames
        ? [{ label: t.legendVia(groupNames), color: MAP_COLORS.via, dashed: true }]
        : []),
      { label: t.home(w.home), color: MAP_COLORS.home },
    ],
  };
}
