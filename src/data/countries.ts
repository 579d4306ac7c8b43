import rows from './countries.generated.json';
import type { Iso3, Localized } from './types';

/** Reference facts about a country, generated from registry packages by `npm run countries`. */
export interface CountryInfo {
  readonly iso3: Iso3;
  /** ISO 3166-1 alpha-2 code (`"KZ"`), as IATI files and spreadsheets write countries. */
  readonly iso2: string;
  /** ISO 3166-1 numeric code as world-atlas ids it (`"398"`); null when it has none. */
  readonly numeric: string | null;
  readonly name: Localized;
  /** kebab-case id of the UN M49 sub-region (`central-asia`); null when M49 gives none. */
  readonly regionId: string | null;
  /** English name of the UN M49 sub-region. */
  readonly region: string | null;
  readonly capital: string | null;
  /** [longitude, latitude] of the capital. */
  readonly capitalLonLat: readonly [number, number] | null;
  /** [longitude, latitude] of the country's centre, a fallback anchor when no capital is known. */
  readonly centroidLonLat: readonly [number, number] | null;
}

interface Row {
  iso3: string;
  iso2: string;
  numeric: string | null;
  en: string;
  ko: string | null;
  regionId: string | null;
  region: string | null;
  capital: string | null;
  capitalLonLat: number[] | null;
  centroidLonLat: number[] | null;
}

function toPair(p: number[] | null): readonly [number, number] | null {
  return p && p.length === 2 && p[0] !== undefined && p[1] !== undefined ? [p[0], p[1]] : null;
}

function toInfo(r: Row): CountryInfo {
  return {
    iso3: r.iso3,
    iso2: r.iso2,
    numeric: r.numeric,
    name: r.ko ? { en: r.en, ko: r.ko } : { en: r.en },
    regionId: r.regionId,
    region: r.region,
    capital: r.capital,
    capitalLonLat: toPair(r.capitalLonLat),
    centroidLonLat: toPair(r.centroidLonLat),
  };
}

/** Every country the reference knows, by ISO3 code. */
export const COUNTRIES: ReadonlyMap<Iso3, CountryInfo> = new Map(
  (rows as Row[]).map((r) => [r.iso3, toInfo(r)]),
);

/** Country ISO3 by world-atlas numeric id. */
export const ISO3_BY_NUMERIC: ReadonlyMap<string, Iso3> = new Map(
  [...COUNTRIES.values()].flatMap((c) => (c.numeric ? [[c.numeric, c.iso3] as const] : [])),
);

/** Country ISO3 by ISO 3166-1 alpha-2 code. */
export const ISO3_BY_ISO2: ReadonlyMap<string, Iso3> = new Map(
  [...COUNTRIES.values()].map((c) => [c.iso2, c.iso3] as const),
);

export function getCountry(iso3: Iso3): CountryInfo | undefined {
  return COUNTRIES.get(iso3);
}

/** Whether `code` is an ISO 3166-1 alpha-3 code the reference knows. */
export function isKnownIso3(code: string): boolean {
  return COUNTRIES.has(code);
}

/** The country's anchor for arcs and labels: its capital, else its centre. */
export function anchorOf(iso3: Iso3): readonly [number, number] | null {
  const c = COUNTRIES.get(iso3);
  return c ? (c.capitalLonLat ?? c.centroidLonLat) : null;
}
