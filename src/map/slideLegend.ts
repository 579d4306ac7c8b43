import { getCountry } from '../data/countries';
import type { Selection } from '../data/selection';
import type { Dataset } from '../data/types';
import { localize, type Lang } from '../i18n/lang';
import { mapStrings } from '../i18n/mapStrings';
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
  const groupNames = viaOnlyGroups(selection.partners, dataset).map((g) => localize(g.name, lang));
  const home = localize(getCountry(dataset.home)?.name ?? { en: dataset.home }, lang);
  return {
    legendTitle: t.legendTitle,
    legend: [
      ...countSteps(maxCount).map((s) => ({ label: s.label, color: s.color })),
      ...(groupNames.length > 0
        ? [{ label: t.legendVia(groupNames.join(', ')), color: MAP_COLORS.via, dashed: true }]
        : []),
      { label: t.home(home), color: MAP_COLORS.home },
    ],
  };
}
