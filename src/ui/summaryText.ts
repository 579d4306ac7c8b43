import { getCountry } from '../data/countries';
import type { Selection } from '../data/selection';
import { localize, type Lang } from '../i18n/lang';
import { regionLabel } from '../i18n/regionNames';
import type { UiStrings } from '../i18n/uiStrings';

/** The sentence a presenter reads out, built from the selection (never written per case). */
export function summarySentence(selection: Selection, t: UiStrings, lang: Lang): string {
  const top = selection.perRegion
    .filter((r) => r.active && r.count > 0)
    .reduce<Selection['perRegion'][number] | null>(
      (best, r) => (!best || r.count > best.count ? r : best),
      null,
    );
  const leader = selection.partners[0];
  const leaderName = leader
    ? localize(getCountry(leader.iso3)?.name ?? { en: leader.iso3 }, lang)
    : null;
  return t.summarySentence({
    from: selection.range.from,
    to: selection.range.to,
    activities: t.activities(selection.totals.activities),
    partners: t.partnerCountries(selection.totals.partnerCountries),
    region: top ? regionLabel(top.id, top.name, lang) : null,
    leader: leaderName,
    leaderCount: leader?.count ?? 0,
  });
}
