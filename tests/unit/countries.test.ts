import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCountries } from '../../scripts/generate-countries.mjs';
import {
  anchorOf,
  COUNTRIES,
  getCountry,
  ISO3_BY_NUMERIC,
  isKnownIso3,
} from '../../src/data/countries';
import { isRegionId, OTHER_REGION, regionName, regionOf, REGIONS } from '../../src/data/regions';

/** The country ids of a world-atlas topology (some geometries, e.g. Kosovo, have none). */
function geometryIds(file: string): string[] {
  const url = new URL(`../../node_modules/world-atlas/${file}`, import.meta.url);
  const topology: unknown = JSON.parse(readFileSync(url, 'utf8'));
  const objects =
    typeof topology === 'object' && topology && 'objects' in topology ? topology.objects : null;
  const countries =
    typeof objects === 'object' && objects && 'countries' in objects ? objects.countries : null;
  const geometries =
    typeof countries === 'object' && countries && 'geometries' in countries
      ? countries.geometries
      : null;
  if (!Array.isArray(geometries)) throw new Error(`${file} has no country geometries`);
  return geometries.flatMap((g: unknown) =>
    typeof g === 'object' && g && 'id' in g && typeof g.id === 'string' ? [g.id] : [],
  );
}

describe('country reference', () => {
  it('is exactly what scripts/generate-countries.mjs builds from the packages', () => {
    const committed = readFileSync(
      new URL('../../src/data/countries.generated.json', import.meta.url),
      'utf8',
    );
    expect(buildCountries()).toBe(committed);
  });

  it('gives every country its own Korean name, as Korea writes it (몽골, 도미니카 연방)', () => {
    const names = [...COUNTRIES.values()].map((c) => c.name.ko).filter(Boolean);
    expect(new Set(names).size).toBe(names.length);
    expect(getCountry('MNG')?.name.ko).toBe('몽골');
    expect(getCountry('DMA')?.name.ko).toBe('도미니카 연방');
    expect(getCountry('DOM')?.name.ko).toBe('도미니카 공화국');
  });

  it('puts Kazakhstan in Central Asia', () => {
    expect(getCountry('KAZ')).toMatchObject({ regionId: 'central-asia', region: 'Central Asia' });
    expect(regionOf('KAZ')).toEqual({ id: 'central-asia', name: 'Central Asia' });
  });

  it('maps every world-atlas country id to an ISO3 code', () => {
    for (const file of ['countries-110m.json', 'countries-50m.json']) {
      const ids = geometryIds(file);
      expect(ids.length).toBeGreaterThan(150);
      for (const id of ids) expect(ISO3_BY_NUMERIC.get(id), `world-atlas id ${id}`).toBeDefined();
    }
    expect(ISO3_BY_NUMERIC.get('398')).toBe('KAZ');
    expect(ISO3_BY_NUMERIC.get('410')).toBe('KOR');
    expect(ISO3_BY_NUMERIC.get('704')).toBe('VNM');
  });

  it('knows ISO3 codes and rejects anything else', () => {
    expect(isKnownIso3('KOR')).toBe(true);
    expect(isKnownIso3('kor')).toBe(false);
    expect(isKnownIso3('XYZ')).toBe(false);
    expect(COUNTRIES.size).toBeGreaterThan(240);
  });

  it('anchors a country at its capital', () => {
    expect(anchorOf('KOR')).toEqual([127, 37.566]);
    expect(anchorOf('XYZ')).toBeNull();
  });
});

describe('regions', () => {
  it('gives countries without a UN M49 sub-region the region "other"', () => {
    expect(regionOf('TWN')).toBe(OTHER_REGION);
    expect(regionOf('XYZ')).toBe(OTHER_REGION);
    expect(OTHER_REGION).toEqual({ id: 'other', name: 'Other' });
  });

  it('names regions by id, with kebab-case ids of the English names', () => {
    expect(regionName('south-eastern-asia')).toBe('South-eastern Asia');
    expect(regionName('other')).toBe('Other');
    expect(regionName('nowhere')).toBe('nowhere');
    for (const r of REGIONS.values()) expect(r.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('tells region ids from anything else, for URL parameters', () => {
    expect(isRegionId('central-asia')).toBe(true);
    expect(isRegionId('other')).toBe(true);
    expect(isRegionId('Central Asia')).toBe(false);
  });
});
