import { getCountry } from '../data/countries';
import type { PartnerStat } from '../data/selection';
import type { Iso3 } from '../data/types';
import type { Lang } from '../data/lang';
import { words } from '../i18n/words';
import type { MapLabel } from './LabelOverlay';
import { isViaOnly } from '../data/viaOnly';

/** Priority of the home label: above every partner. */
const HOME_PRIORITY = Number.MAX_SAFE_INTEGER;
/** Priority of the selected country's label: above every other partner, so it is never dropped. */
const SELECTED_PRIORITY = HOME_PRIORITY - 1;

function labelPoint(iso3: Iso3): readonly [number, number] | null {
  const c = getCountry(iso3);
  return c ? (c.centroidLonLat ?? c.capitalLonLat) : null;
}

/**
 * Labels for home and every partner, in `lang`: names at the country's centre (small countries at
 * their marker, the capital), the activity count as the figure. The `selected` country (its
 * details open) outranks the other partners; direct partners outrank countries reached only via a
 * group; then more activities first.
 */
export function toMapLabels(
  home: Iso3,
  partners: readonly PartnerStat[],
  lang: Lang,
  small: ReadonlySet<Iso3>,
  selected: Iso3 | null = null,
): MapLabel[] {
  const w = words(lang);
  const labels: MapLabel[] = [];
  const homeInfo = getCountry(home);
  const homeAt = labelPoint(home);
  if (homeInfo && homeAt) {
    labels.push({
      id: home,
      name: w.country(home),
      figure: '',
      lonLat: homeAt,
      priority: HOME_PRIORITY,
      kind: 'home',
      small: false,
    });
  }
  for (const p of partners) {
    const info = getCountry(p.iso3);
    const isSmall = small.has(p.iso3);
    const at = isSmall ? (info?.capitalLonLat ?? labelPoint(p.iso3)) : labelPoint(p.iso3);
    if (!info || !at || p.iso3 === home || !(p.count > 0)) continue;
    const via = isViaOnly(p);
    labels.push({
      id: p.iso3,
      name: w.country(p.iso3),
      figure: w.number(p.count),
      lonLat: at,
      priority: p.iso3 === selected ? SELECTED_PRIORITY : (via ? 0 : 1_000_000) + p.count,
      kind: via ? 'via' : 'partner',
      small: isSmall,
    });
  }
  return labels;
}
