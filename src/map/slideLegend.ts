import type { Selection } from '../data/selection';
import type { Dataset } from '../data/types';
import type { Lang } from '../data/lang';
import { mapStrings } from '../i18n/mapStrings';
import { datasetWords } from '../i18n/words';
import { LIGHT, type ThemeColors } from '../theme/tokens';
import { countSteps } from './countSteps';
import { mapColors } from './mapColors';
import { viaOnlyGroups } from '../data/viaOnly';

/** The map legend as rows a 2D canvas can draw, for the exported slide, in the theme's `colors`. */
export function slideLegend(
  selection: Selection,
  dataset: Dataset,
  maxCount: number,
  lang: Lang,
  colors: ThemeColors = LIGHT,
): { legendTitle: string; legend: { label: string; color: string; dashed?: boolean }[] } {
  const t = mapStrings[lang];
  const map = mapColors(colors);
  const w = datasetWords(dataset, lang);
  const groupNames = w.groups(viaOnlyGroups(selection.partners, dataset).map((g) => g.id));
  return {
    legendTitle: t.legendTitle,
    legend: [
      ...countSteps(maxCount, colors.partnerSteps).map((s) => ({ label: s.label, color: s.color })),
      ...(groupNames ? [{ label: t.legendVia(groupNames), color: map.via, dashed: true }] : []),
      { label: t.home(w.home), color: map.home },
    ],
  };
}
