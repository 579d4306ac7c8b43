import type { Lang } from '../data/lang';
import type { PartnerStat } from '../data/selection';
import type { Dataset, Iso3 } from '../data/types';
import { mapStrings } from '../i18n/mapStrings';
import { datasetWords } from '../i18n/words';

/** What the tooltip (and the SVG fallback's titles) say about a country. */
export interface CountryDescription {
  readonly name: string;
  /** `9 activities`, or that there are none in the selection; empty for home. */
  readonly figure: string;
  /** How groups contribute (`Only via ASEAN`); empty when they do not. */
  readonly note: string;
}

/** Describes `iso3` in `lang`; `fallbackName` is used when the reference does not know it. */
export function describeCountry(
  iso3: Iso3 | null,
  fallbackName: string,
  stat: PartnerStat | undefined,
  dataset: Pick<Dataset, 'groups' | 'sectors' | 'home'>,
  lang: Lang,
): CountryDescription {
  const t = mapStrings[lang];
  const w = datasetWords(dataset, lang);
  const named = iso3 ? w.country(iso3) : null;
  const name = named && named !== iso3 ? named : fallbackName;
  if (iso3 === dataset.home) return { name: t.home(name), figure: '', note: '' };
  if (!stat || !(stat.count > 0)) return { name, figure: t.noActivities, note: '' };
  const groupNames = w.groups(stat.viaGroups);
  const note =
    stat.viaGroups.length === 0
      ? ''
      : stat.direct === 0
        ? t.viaOnly(groupNames)
        : t.directAndVia(stat.direct, stat.count - stat.direct, groupNames);
  return { name, figure: w.activities(stat.count), note };
}
