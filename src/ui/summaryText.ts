import type { Selection } from '../data/selection';
import type { Lang } from '../data/lang';
import type { UiStrings } from '../i18n/uiStrings';
import { words } from '../i18n/words';

/** The sentence a presenter reads out, built from the selection (never written per case). */
export function summarySentence(selection: Selection, t: UiStrings, lang: Lang): string {
  const w = words(lang);
  const top = selection.perRegion
    .filter((r) => r.active && r.count > 0)
    .reduce<Selection['perRegion'][number] | null>(
      (best, r) => (!best || r.count > best.count ? r : best),
      null,
    );
  // Partners come most activities first: the leaders are the first run with the top count.
  const most = selection.partners[0]?.count ?? 0;
  const leaders = selection.partners.filter((p) => p.count === most && most > 0);
  return t.summarySentence({
    from: selection.range.from,
    to: selection.range.to,
    activities: w.activities(selection.totals.activities),
    partners: w.partnerCountries(selection.totals.partnerCountries),
    region: top ? w.region(top.id, top.name) : null,
    leaders: leaders.map((p) => w.country(p.iso3)),
    leaderCount: most,
  });
}
