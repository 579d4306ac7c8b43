import { getCountry } from '../data/countries';
import type { PartnerStat } from '../data/selection';
import type { Group, Iso3 } from '../data/types';
import { localize, type Lang } from '../i18n/lang';
import { mapStrings } from '../i18n/mapStrings';

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
  groups: readonly Group[],
  home: Iso3,
  lang: Lang,
): CountryDescription {
  const t = mapStrings[lang];
  const info = iso3 ? getCountry(iso3) : undefined;
  const name = info ? localize(info.name, lang) : fallbackName;
  if (iso3 === home) return { name: t.home(name), figure: '', note: '' };
  if (!stat || !(stat.count > 0)) return { name, figure: t.noActivities, note: '' };
  const groupNames = stat.viaGroups
    .map((id) => {
      const g = groups.find((x) => x.id === id);
      return g ? localize(g.name, lang) : id;
    })
    .join(', ');
  const note =
    stat.viaGroups.length === 0
      ? ''
      : stat.direct === 0
        ? t.viaOnly(groupNames)
        : t.directAndVia(stat.direct, stat.count - stat.direct, groupNames);
  return { name, figure: t.activities(stat.count), note };
}
