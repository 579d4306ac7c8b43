import { fileURLToPath } from 'node:url';
import { getCountry } from '../../src/data/countries';

/**
 * Figures the browser tests expect, written out by hand: counted from the fixture file by reading
 * it (and from the bundled dataset with `jq`), never computed by the app's own code, so a bug in
 * the selection cannot move both the app and the expectation.
 */

/** A partner list row as the visitor reads it: English name, activities. */
export type PartnerRow = readonly [name: string, count: number];

/** `tests/fixtures/atlas-fixture.json`: 12 invented activities, home KOR. */
export const FIXTURE = {
  path: fileURLToPath(new URL('../fixtures/atlas-fixture.json', import.meta.url)),
  title: 'Atlas test fixture (invented data)',
  titleKo: '아틀라스 시험용 가상 데이터',
  activities: 12,
  partnerCountries: 8,
  years: { min: 2016, max: 2024 },
  /**
   * Partner list, most activities first, then by name. Laos and Cambodia only through the group
   * "Mekong test group" (VNM, LAO, KHM); Vietnam 2 direct + 1 via the group.
   */
  partners: [
    ['Kazakhstan', 4],
    ['Vietnam', 3],
    ['Ethiopia', 2],
    ['Uzbekistan', 2],
    ['Cambodia', 1],
    ['Laos', 1],
    ['Mongolia', 1],
    ['Peru', 1],
  ] as readonly PartnerRow[],
  /** Activities active each year (a 2018–2020 training and a 2017–2019 project span years). */
  perYear: [
    [2016, 1],
    [2017, 1],
    [2018, 3],
    [2019, 3],
    [2020, 3],
    [2021, 1],
    [2022, 1],
    [2023, 2],
    [2024, 1],
  ] as readonly (readonly [number, number])[],
  /** Activities per sector label (one activity has two sectors). */
  perSector: [
    ['Vaccines', 5],
    ['Clinical training', 4],
    ['Digital records', 5],
  ] as readonly (readonly [string, number])[],
  /** Activities reaching each UN M49 sub-region. */
  perRegion: [
    ['Central Asia', 6],
    ['Eastern Asia', 1],
    ['Latin America and the Caribbean', 1],
    ['South-eastern Asia', 3],
    ['Sub-Saharan Africa', 2],
  ] as readonly (readonly [string, number])[],
  /** The group's name, as the map legend names it. */
  groupName: 'Mekong test group',
} as const;

/** Fixture, To year 2019: what started by 2019 (the 2018–2020 training still counts). */
export const FIXTURE_TO_2019 = {
  activities: 5,
  partners: [
    ['Kazakhstan', 2],
    ['Ethiopia', 1],
    ['Mongolia', 1],
    ['Uzbekistan', 1],
  ] as readonly PartnerRow[],
} as const;

/** Fixture, From year 2020: what was still running in 2020 (the training that ended in 2020). */
export const FIXTURE_FROM_2020 = {
  activities: 8,
  partners: [
    ['Kazakhstan', 3],
    ['Vietnam', 3],
    ['Cambodia', 1],
    ['Ethiopia', 1],
    ['Laos', 1],
    ['Peru', 1],
    ['Uzbekistan', 1],
  ] as readonly PartnerRow[],
} as const;

/** Fixture, years 2019–2019: only what ran in 2019. */
export const FIXTURE_2019_ONLY = {
  activities: 3,
  partners: [
    ['Kazakhstan', 1],
    ['Mongolia', 1],
    ['Uzbekistan', 1],
  ] as readonly PartnerRow[],
} as const;

/** Fixture without the sector Vaccines: Mongolia drops out, Kazakhstan 4 → 3, Ethiopia 2 → 1. */
export const FIXTURE_NO_VACCINES = {
  activities: 8,
  partners: [
    ['Kazakhstan', 3],
    ['Vietnam', 3],
    ['Cambodia', 1],
    ['Ethiopia', 1],
    ['Laos', 1],
    ['Peru', 1],
    ['Uzbekistan', 1],
  ] as readonly PartnerRow[],
} as const;

/** Fixture without the region Central Asia. */
export const FIXTURE_NO_CENTRAL_ASIA = {
  activities: 6,
  partners: [
    ['Vietnam', 3],
    ['Ethiopia', 2],
    ['Cambodia', 1],
    ['Laos', 1],
    ['Mongolia', 1],
    ['Peru', 1],
  ] as readonly PartnerRow[],
} as const;

/** `data/cooperation.json`, counted with jq (groups expanded to their members). */
export const BUNDLED = {
  title: "South Korea's healthcare cooperation",
  titleKo: '대한민국 보건의료 국제협력',
  activities: 41,
  partnerCountries: 15,
  years: { min: 2019, max: 2024 },
  /** ASEAN's ten members each 5, all only via ASEAN. */
  partners: [
    ['Turkmenistan', 12],
    ['Kazakhstan', 10],
    ['Uzbekistan', 10],
    ['Brunei', 5],
    ['Cambodia', 5],
    ['Indonesia', 5],
    ['Laos', 5],
    ['Malaysia', 5],
    ['Myanmar', 5],
    ['Philippines', 5],
    ['Singapore', 5],
    ['Thailand', 5],
    ['Vietnam', 5],
    ['Mongolia', 4],
    ['Paraguay', 3],
  ] as readonly PartnerRow[],
  /** One activity runs 2021–2023. */
  perYear: [
    [2019, 27],
    [2020, 2],
    [2021, 3],
    [2022, 3],
    [2023, 2],
    [2024, 6],
  ] as readonly (readonly [number, number])[],
} as const;

/** The English name the app shows for a country (a name lookup, not an expectation). */
export function countryName(iso3: string): string {
  return getCountry(iso3)?.name.en ?? iso3;
}

/** A partner-list button's name starts like this. */
export function partnerLabel([name, count]: PartnerRow): string {
  return `${name}, ${count} ${count === 1 ? 'activity' : 'activities'}`;
}

/** Fixture, To year 2023: the planned 2024 agreement leaves (Kazakhstan 4 → 3). */
export const FIXTURE_TO_2023 = {
  activities: 11,
  partners: [
    ['Kazakhstan', 3],
    ['Vietnam', 3],
    ['Ethiopia', 2],
    ['Uzbekistan', 2],
    ['Cambodia', 1],
    ['Laos', 1],
    ['Mongolia', 1],
    ['Peru', 1],
  ] as readonly PartnerRow[],
} as const;

/** Fixture without the type Forum: the group's forum leaves, and with it Laos and Cambodia. */
export const FIXTURE_NO_FORUM = {
  activities: 11,
  partners: [
    ['Kazakhstan', 4],
    ['Ethiopia', 2],
    ['Uzbekistan', 2],
    ['Vietnam', 2],
    ['Mongolia', 1],
    ['Peru', 1],
  ] as readonly PartnerRow[],
} as const;

/** The ISO3 code of each fixture partner, by the English name the app shows. */
export const FIXTURE_ISO3: Readonly<Record<string, string>> = {
  Kazakhstan: 'KAZ',
  Vietnam: 'VNM',
  Ethiopia: 'ETH',
  Uzbekistan: 'UZB',
  Cambodia: 'KHM',
  Laos: 'LAO',
  Mongolia: 'MNG',
  Peru: 'PER',
};
