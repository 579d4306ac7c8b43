import { geoDistance, geoInterpolate } from 'd3-geo';
import type { Feature, FeatureCollection, MultiLineString } from 'geojson';
import { anchorOf } from '../data/countries';
import type { Iso3 } from '../data/types';
import type { PartnerStat } from '../data/selection';
import { isViaOnly } from '../data/viaOnly';

/** Properties of one arc from home to a partner's anchor. */
export interface ArcProps {
  readonly iso3: Iso3;
  readonly count: number;
  /** True when the partner is reached only through a group. */
  readonly via: boolean;
  /** Line width in CSS pixels, growing with the square root of `count`. */
  readonly width: number;
}

export type ArcFeature = Feature<MultiLineString, ArcProps>;

/** Thinnest and thickest arc, CSS px. */
export const ARC_WIDTH = { min: 1, max: 5 } as const;
/**
 * An arc's width, CSS px, for `count` activities: {@link ARC_WIDTH} min to max, growing with
 * √(count / maxCount). The SVG map writes it into the arcs; MapLibre reads it from feature state.
 */
export function arcWidthFor(count: number, maxCount: number): number {
  const top = Number.isFinite(maxCount) && maxCount > 0 ? maxCount : 0;
  const share = top > 0 && count > 0 ? Math.sqrt(Math.min(count, top) / top) : 0;
  return ARC_WIDTH.min + (ARC_WIDTH.max - ARC_WIDTH.min) * share;
}

/** Degrees of arc per interpolated point. */
const STEP_DEGREES = 2;

type LonLat = [number, number];

/** Splits a line of longitudes in [-180, 180] wherever it crosses the antimeridian. */
function splitAtAntimeridian(points: readonly LonLat[]): LonLat[][] {
  const parts: LonLat[][] = [];
  let part: LonLat[] = [];
  let prev: LonLat | undefined;
  for (const p of points) {
    if (prev && Math.abs(p[0] - prev[0]) > 180) {
      const side = prev[0] > 0 ? 180 : -180;
      const next = p[0] + (side > 0 ? 360 : -360);
      const t = (side - prev[0]) / (next - prev[0]);
      const lat = prev[1] + t * (p[1] - prev[1]);
      part.push([side, lat]);
      parts.push(part);
      part = [[-side, lat]];
    }
    part.push(p);
    prev = p;
  }
  if (part.length > 1) parts.push(part);
  return parts;
}

/** What an arc needs to know about a partner. */
export type ArcPartner = Pick<PartnerStat, 'iso3' | 'count' | 'direct' | 'viaGroups'>;

/**
 * One great-circle arc per partner with an anchor, from `homeAnchor` ([lon, lat]) to the partner's
 * capital, split at the antimeridian. Width scales with √count up to `maxCount` (defaults to the
 * largest count among `partners`). Home itself and partners without an anchor get no arc. With
 * `idByIso3`, each arc gets its country's feature id, so feature state can drive it.
 */
export function toArcFeatures(
  selection: { readonly partners: readonly ArcPartner[] },
  homeAnchor: readonly [number, number],
  maxCount?: number,
  idByIso3?: ReadonlyMap<Iso3, number>,
): FeatureCollection<MultiLineString, ArcProps> {
  const top =
    maxCount ?? Math.max(0, ...selection.partners.map((p) => (p.count > 0 ? p.count : 0)));
  const features: ArcFeature[] = [];
  const home: [number, number] = [homeAnchor[0], homeAnchor[1]];
  for (const p of selection.partners) {
    const to = anchorOf(p.iso3);
    if (!to || !(p.count > 0)) continue;
    const end: [number, number] = [to[0], to[1]];
    const degrees = (geoDistance(home, end) * 180) / Math.PI;
    if (degrees < 1e-6) continue;
    const n = Math.max(8, Math.ceil(degrees / STEP_DEGREES));
    const at = geoInterpolate(home, end);
    const points = Array.from({ length: n + 1 }, (_, i) => at(i / n));
    const id = idByIso3?.get(p.iso3);
    features.push({
      type: 'Feature',
      ...(id === undefined ? {} : { id }),
      properties: {
        iso3: p.iso3,
        count: p.count,
        via: isViaOnly(p),
        width: arcWidthFor(p.count, top),
      },
      geometry: { type: 'MultiLineString', coordinates: splitAtAntimeridian(points) },
    });
  }
  return { type: 'FeatureCollection', features };
}
