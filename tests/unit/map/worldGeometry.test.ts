import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import world from 'world-atlas/countries-50m.json';
import { describe, expect, it } from 'vitest';
import { worldGeometry } from '../../../src/map/worldGeometry';

const geo = worldGeometry(world as unknown as Topology);

function ringsOf(iso3: string): Position[][] {
  const f = geo.countries.features.find((x) => x.properties.iso3 === iso3);
  if (!f) throw new Error(`no ${iso3}`);
  const g: Polygon | MultiPolygon = f.geometry;
  return g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
}

function ringsOfGeometry(g: Polygon | MultiPolygon): Position[][] {
  return g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
}

function longestStep(ring: Position[]): number {
  let max = 0;
  for (let i = 1; i < ring.length; i++)
    max = Math.max(max, Math.abs(ring[i]![0]! - ring[i - 1]![0]!));
  return max;
}

function signedArea(ring: Position[]): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++)
    s += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return s / 2;
}

describe('worldGeometry()', () => {
  it('leaves no ring of Russia or Fiji jumping more than 180° of longitude', () => {
    for (const iso3 of ['RUS', 'FJI']) {
      for (const ring of ringsOf(iso3)) expect(longestStep(ring)).toBeLessThanOrEqual(180);
    }
  });

  it('closes Antarctica along the South Pole', () => {
    const rings = ringsOf('ATA');
    const pole = rings.find((r) => r.some((p) => p[1] === -90));
    expect(pole).toBeDefined();
    const lons = pole!.filter((p) => p[1] === -90).map((p) => p[0]!);
    expect(Math.max(...lons) - Math.min(...lons)).toBeCloseTo(360, 0);
    expect(pole![0]).toEqual(pole![pole!.length - 1]);
    expect(longestStep(pole!)).toBeLessThanOrEqual(180);
  });

  it('winds every exterior ring counter-clockwise and every hole clockwise', () => {
    for (const f of geo.countries.features) {
      const polygons =
        f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const [outer, ...holes] of polygons) {
        expect(signedArea(outer!)).toBeGreaterThan(0);
        for (const h of holes) expect(signedArea(h)).toBeLessThan(0);
      }
    }
  });

  it('keeps every ring closed with at least four points', () => {
    for (const f of geo.countries.features) {
      const polygons =
        f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const ring of polygons.flat()) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[0]).toEqual(ring[ring.length - 1]);
      }
    }
  });

  it('ids countries by their ISO numeric code and names them by ISO3', () => {
    const kaz = geo.countries.features.find((f) => f.properties.iso3 === 'KAZ');
    expect(kaz?.id).toBe(398);
    expect(geo.idByIso3.get('KOR')).toBe(410);
    expect(geo.idByIso3.get('UNK')).toBeGreaterThanOrEqual(1000);
  });

  it('gives small countries and countries missing from world-atlas a marker at their capital', () => {
    const markers = new Map(geo.markers.features.map((f) => [f.properties.iso3, f]));
    expect(markers.get('SGP')?.geometry.coordinates).toEqual([103.856, 1.293]);
    expect(markers.has('BRN')).toBe(true);
    expect(markers.has('TUV')).toBe(true);
    expect(markers.has('KAZ')).toBe(false);
    expect(markers.has('KOR')).toBe(false);
    expect(markers.get('BRN')?.id).toBe(geo.idByIso3.get('BRN'));
  });

  it('simplifies to about half the points, keeping every ring (small islands too)', () => {
    const full = worldGeometry(world as unknown as Topology, 0);
    const points = (g: typeof geo) =>
      g.countries.features.flatMap((f) => ringsOfGeometry(f.geometry)).flat().length;
    const ringCount = (g: typeof geo) =>
      g.countries.features.flatMap((f) => ringsOfGeometry(f.geometry)).length;
    expect(points(full)).toBeGreaterThan(95_000);
    expect(points(geo)).toBeLessThan(60_000);
    expect(points(geo)).toBeGreaterThan(40_000);
    expect(ringCount(geo)).toBe(ringCount(full));
  });

  it('keeps one border between neighbours: France and Spain share the same border points', () => {
    const key = (p: Position) => `${p[0]},${p[1]}`;
    const spain = new Set(ringsOf('ESP').flat().map(key));
    // The Pyrenees: France's points south of 43.4° N from 1.5° W to 3° E (the Mediterranean
    // coast beyond), less the stretch along Andorra.
    const border = ringsOf('FRA')
      .flat()
      .filter((p) => p[1]! < 43.4 && p[0]! > -1.5 && p[0]! < 3 && !(p[0]! > 1.4 && p[0]! < 1.8));
    expect(border.length).toBeGreaterThan(10);
    for (const p of border) expect(spain.has(key(p))).toBe(true);
  });

  it('keeps the unmodified spherical features for the SVG fallback', () => {
    expect(geo.spherical).toHaveLength(geo.countries.features.length);
    const rus = geo.spherical.find((f) => f.properties.iso3 === 'RUS');
    const lons = (rus!.geometry as MultiPolygon).coordinates.flat(2).map((p) => p[0]!);
    expect(Math.max(...lons)).toBeLessThanOrEqual(180);
  });
});
