import { anchorOf } from '../data/countries';
import type { PartnerStat } from '../data/selection';
import type { Iso3 } from '../data/types';

/** [[west, south], [east, north]] in degrees. */
export type Bounds = [[number, number], [number, number]];

/** Smallest half-size, in degrees, of the box around home when the partners are few or near. */
const MIN_HALF_SPAN = { lon: 12, lat: 8 } as const;
/** Degrees added around the anchors (capitals), so that the countries around them show too. */
const MARGIN = 4;
/** Mercator stops near ±85°; keep the frame inside it. */
const MAX_LAT = 80;

/**
 * The box around home's anchor and every partner's anchor (capital), with a {@link MARGIN}, at
 * least {@link MIN_HALF_SPAN} around its centre. Null when home has no anchor.
 */
export function partnerBounds(
  home: Iso3,
  partners: readonly Pick<PartnerStat, 'iso3'>[],
): Bounds | null {
  const origin = anchorOf(home);
  if (!origin) return null;
  let [w, s] = origin;
  let [e, n] = origin;
  for (const p of partners) {
    const a = anchorOf(p.iso3);
    if (!a) continue;
    w = Math.min(w, a[0]);
    e = Math.max(e, a[0]);
    s = Math.min(s, a[1]);
    n = Math.max(n, a[1]);
  }
  const cx = (w + e) / 2;
  const cy = (s + n) / 2;
  const hx = Math.max((e - w) / 2 + MARGIN, MIN_HALF_SPAN.lon);
  const hy = Math.max((n - s) / 2 + MARGIN, MIN_HALF_SPAN.lat);
  return [
    [Math.max(-180, cx - hx), Math.max(-MAX_LAT, cy - hy)],
    [Math.min(180, cx + hx), Math.min(MAX_LAT, cy + hy)],
  ];
}
