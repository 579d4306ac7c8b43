import { COMPARE_CLASSES, type Comparison } from '../data/compare';
import type { Selection } from '../data/selection';
import type { Dataset } from '../data/types';
import type { Lang } from '../data/lang';
import { analystStrings } from '../i18n/analystStrings';
import { mapStrings } from '../i18n/mapStrings';
import { datasetWords } from '../i18n/words';
import { LIGHT, type ThemeColors } from '../theme/tokens';
import { countSteps } from './countSteps';
import { mapColors } from './mapColors';
import { viaOnlyGroups } from '../data/viaOnly';

/** What the legend describes: the view's selection and, while comparing, its comparison. */
export interface LegendView {
  readonly selection: Selection;
  readonly dataset: Dataset;
  /** The most activities any partner has in the whole dataset (the top count step). */
  readonly maxCount: number;
  readonly lang: Lang;
  readonly comparison: Comparison | null;
}

export interface SlideLegendRows {
  readonly legendTitle: string;
  readonly legend: { label: string; color: string; dashed?: boolean }[];
}

/**
 * The map legend as rows a 2D canvas can draw, for the exported slide, in the theme's `colors`:
 * the count steps, or while comparing the classes the map is coloured by (SPEC §3), each with its
 * number of partner countries as the map's own compare legend gives it.
 */
export function slideLegend(view: LegendView, colors: ThemeColors = LIGHT): SlideLegendRows {
  const { selection, dataset, lang, comparison } = view;
  const t = mapStrings[lang];
  const map = mapColors(colors);
  const w = datasetWords(dataset, lang);
  const home = { label: t.home(w.home), color: map.home };
  if (comparison) {
    const a = analystStrings[lang];
    const { a: sa, b: sb, counts } = comparison;
    const classColor = {
      new: map.compareNew,
      continued: map.compareContinued,
      ended: map.compareEnded,
    };
    return {
      legendTitle: a.compareLegend(
        w.years(sa.range.from, sa.range.to),
        w.years(sb.range.from, sb.range.to),
      ),
      legend: [
        ...COMPARE_CLASSES.map((cls) => ({
          label: `${a.classes[cls]} (${w.number(counts[cls])})`,
          color: classColor[cls],
        })),
        home,
      ],
    };
  }
  const groupNames = w.groups(viaOnlyGroups(selection.partners, dataset).map((g) => g.id));
  return {
    legendTitle: t.legendTitle,
    legend: [
      ...countSteps(view.maxCount, colors.partnerSteps).map((s) => ({
        label: s.label,
        color: s.color,
      })),
      ...(groupNames ? [{ label: t.legendVia(groupNames), color: map.via, dashed: true }] : []),
      home,
    ],
  };
}
