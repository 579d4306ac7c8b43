import { COUNTRIES } from './countries';
import {
  ACTIVITY_TYPES,
  type Activity,
  type Dataset,
  type Group,
  type Sector,
  type Source,
} from './types';

/** Sectors a synthetic dataset uses unless given others. */
export const SYNTHETIC_SECTORS: readonly Sector[] = [
  { id: 'health-security', label: { en: 'Health security', ko: '보건안보' } },
  { id: 'digital-health', label: { en: 'Digital health', ko: '디지털 헬스' } },
  { id: 'pharmaceuticals', label: { en: 'Pharmaceuticals', ko: '의약품' } },
  { id: 'medical-devices', label: { en: 'Medical devices', ko: '의료기기' } },
  { id: 'hospitals', label: { en: 'Hospitals and clinics', ko: '병원' } },
  { id: 'training-and-education', label: { en: 'Training and education', ko: '교육 훈련' } },
  { id: 'health-insurance', label: { en: 'Health insurance', ko: '건강보험' } },
  { id: 'biotechnology', label: { en: 'Biotechnology', ko: '바이오' } },
];

const ASEAN: Group = {
  id: 'ASEAN',
  name: { en: 'Association of Southeast Asian Nations', ko: '동남아시아국가연합' },
  members: ['BRN', 'KHM', 'IDN', 'LAO', 'MYS', 'MMR', 'PHL', 'SGP', 'THA', 'VNM'],
};

const FIRST_YEAR = 2000;
const LAST_YEAR = 2025;
const ACTIVITIES_PER_SOURCE = 100;
const KOREA_ACTORS = [
  'Ministry of Health and Welfare',
  'KHIDI',
  'KOICA',
  'Seoul National University Hospital',
];
const PARTNER_ACTORS = [
  'Ministry of Health',
  'National Hospital',
  'Medical University',
  'Health Insurance Fund',
];

/** Seeded PRNG (mulberry32): the same seed gives the same sequence in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * A valid dataset of `n` random but realistic activities, the same for the same `seed`: real
 * partner countries (those with a UN M49 sub-region and a map id), some via ASEAN, dates
 * 2000–2025 at mixed precision, some spanning years, one source per 100 activities.
 * For benchmarks and tests.
 */
export function makeSyntheticDataset(
  n: number,
  seed: number,
  sectors: readonly Sector[] = SYNTHETIC_SECTORS,
): Dataset {
  const random = mulberry32(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T>(list: readonly T[], fallback: T): T => list[int(0, list.length - 1)] ?? fallback;
  const countries = [...COUNTRIES.values()]
    .filter((c) => c.regionId !== null && c.numeric !== null && c.iso3 !== 'KOR')
    .map((c) => c.iso3);
  const sectorIds = sectors.map((s) => s.id);

  const sources: Source[] = Array.from(
    { length: Math.max(1, Math.ceil(n / ACTIVITIES_PER_SOURCE)) },
    (_, i) => ({
      id: `source-${pad(i + 1, 5)}`,
      title: `Synthetic press release ${i + 1}`,
      publisher: pick(['Ministry of Health and Welfare', 'KHIDI', 'KOICA'], 'KHIDI'),
      published: `${int(FIRST_YEAR, LAST_YEAR)}-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}`,
      file: `sources/synthetic-${pad(i + 1, 5)}.txt`,
    }),
  );

  const activities = Array.from({ length: n }, (_, i): Activity => {
    const year = int(FIRST_YEAR, LAST_YEAR);
    const precision = random();
    const date =
      precision < 0.2
        ? String(year)
        : precision < 0.5
          ? `${year}-${pad(int(1, 12), 2)}`
          : `${year}-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}`;
    const partners = new Set<string>();
    if (random() < 0.1) partners.add(ASEAN.id);
    const direct = random() < 0.8 ? 1 : int(2, 3);
    while (partners.size < direct) partners.add(pick(countries, 'KAZ'));
    const activitySectors = new Set([pick(sectorIds, 'health-security')]);
    if (random() < 0.3) activitySectors.add(pick(sectorIds, 'health-security'));
    const partner = [...partners].find((p) => p !== ASEAN.id) ?? 'VNM';
    const type = pick(ACTIVITY_TYPES, 'meeting');
    return {
      id: `activity-${pad(i + 1, 6)}`,
      title: { en: `Synthetic ${type} ${i + 1} with ${partner}`, ko: `합성 활동 ${i + 1}` },
      type,
      status: year >= LAST_YEAR - 1 && random() < 0.3 ? 'planned' : 'done',
      date,
      ...(random() < 0.15 ? { end: String(Math.min(LAST_YEAR, year + int(1, 4))) } : {}),
      partners: [...partners],
      sectors: [...activitySectors],
      actors: {
        korea: [pick(KOREA_ACTORS, 'KHIDI')],
        partner: [`${partner} ${pick(PARTNER_ACTORS, 'Ministry of Health')}`],
      },
      source: sources[Math.floor(i / ACTIVITIES_PER_SOURCE)]?.id ?? 'source-00001',
      quote: `The two sides agreed to cooperate on ${pick(sectorIds, 'health')} (item ${i + 1}).`,
    };
  });

  return {
    schemaVersion: 1,
    title: { en: 'Synthetic cooperation dataset', ko: '합성 협력 데이터' },
    home: 'KOR',
    sectors,
    groups: [ASEAN],
    sources,
    activities,
  };
}
