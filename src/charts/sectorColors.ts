import { interpolateSinebow, schemePaired, schemeTableau10 } from 'd3-scale-chromatic';
import type { Sector } from '../data/types';

/**
 * Okabe–Ito, the colour-blind-safe qualitative palette (Okabe & Ito 2008), reordered so
 * that the first few colours are the most distinct from each other.
 */
export const OKABE_ITO = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#D55E00',
  '#56B4E9',
  '#CC79A7',
  '#F0E442',
  '#000000',
] as const;

/** Colour for an id the dataset does not list as a sector. */
export const UNKNOWN_SECTOR_COLOR = '#9e9e9e';

function palette(n: number): readonly string[] {
  if (n <= OKABE_ITO.length) return OKABE_ITO;
  if (n <= schemeTableau10.length) return schemeTableau10;
  if (n <= schemePaired.length) return schemePaired;
  return Array.from({ length: n }, (_, i) => interpolateSinebow(i / n));
}

/**
 * One colour per sector, the same in every chart, checkbox swatch and legend.
 *
 * The colour depends only on the sector's index in `sectors` (dataset order) and on how
 * many sectors there are: Okabe–Ito for up to 8 sectors, then Tableau 10, Paired (12),
 * and an evenly spaced sinebow beyond that. Ids not in `sectors` get a neutral grey.
 */
export function sectorColor(sectors: readonly Sector[]): (id: string) => string {
  const colors = palette(sectors.length);
  const byId = new Map<string, string>();
  sectors.forEach((s, i) => {
    if (!byId.has(s.id)) byId.set(s.id, colors[i % colors.length] ?? UNKNOWN_SECTOR_COLOR);
  });
  return (id) => byId.get(id) ?? UNKNOWN_SECTOR_COLOR;
}
