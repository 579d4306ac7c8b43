import type { Lang } from '../../data/lang';
import type { Selection } from '../../data/selection';
import { briefingStrings } from '../../i18n/briefingStrings';
import { words } from '../../i18n/words';
import { playbackMode } from '../../state/scenesStore';

/**
 * The summary while Play runs, counting up with the years: `By 2021: 23 activities with 9 partner
 * countries` (growing range) or `In 2021: …` (year by year).
 */
export function playingSentence(selection: Selection, lang: Lang): string {
  const w = words(lang);
  const b = briefingStrings[lang];
  const { from, to } = selection.range;
  const say = playbackMode.getState().yearByYear && from === to ? b.inYear : b.byYear;
  return `${say(to, w.activities(selection.totals.activities), w.partnerCountries(selection.totals.partnerCountries))}.`;
}
