import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import world from 'world-atlas/countries-50m.json';
import { describe, expect, it } from 'vitest';
import { roundGeometry, worldAsset } from '../../../src/map/worldAsset';
import { worldGeometry } from '../../../src/map/worldGeometry';

const topology = world as unknown as Topology;
const asset = worldAsset(topology);
const full = worldGeometry(topology);

function signedArea(ring: Position[]): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++)
    s += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return s / 2;
}

function polygonsOf(g: Polygon | MultiPolygon): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

describe('roundGeometry()', () => {
  it('rounds every coordinate to the given decimals and drops the repeats it creates', () => {
    const square: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0.12341, 0.00001],
          [1.00002, 0.00004],
          [1.00001, 0.00002],
          [1.00004, 1.23456],
          [0.00001, 1.00001],
          [0.12341, 0.00001],
        ],
      ],
    };
    expect(roundGeometry(square, 3)).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [0.123, 0],
          [1, 0],
          [1, 1.235],
          [0, 1],
          [0.123, 0],
        ],
      ],
    });
  });

  it('drops a ring that rounding collapses, and a polygon whose exterior collapses', () => {
    const sliver: Position[] = [
      [10, 10],
      [10.0001, 10],
      [10.0001, 10.0001],
      [10, 10],
    ];
    const big: Position[] = [
      [0, 0],
      [5, 0],
      [5, 5],
      [0, 5],
      [0, 0],
    ];
    const hole: Position[] = [
      [1, 1],
      [1, 1.0001],
      [1.0001, 1.0001],
      [1, 1],
    ];
    const g: MultiPolygon = { type: 'MultiPolygon', coordinates: [[sliver], [big, hole]] };
    expect(roundGeometry(g, 3)).toEqual({ type: 'MultiPolygon', coordinates: [[big]] });
    expect(roundGeometry({ type: 'Polygon', coordinates: [sliver] }, 3)).toBeNull();
  });
});

describe('worldAsset()', () => {
  it('keeps the ISO numeric codes as feature ids, with the same countries and markers', () => {
    const ids = (fs: readonly { id?: string | number | undefined }[]) => fs.map((f) => f.id);
    expect(ids(asset.countries.features)).toEqual(ids(full.countries.features));
    expect(asset.markers).toEqual(full.markers);
    expect(new Map(asset.idByIso3)).toEqual(full.idByIso3);
    expect(new Map(asset.idByIso3).get('KOR')).toBe(410);
    const markerCodes = asset.markers.features.map((f) => f.properties.iso3);
    expect(markerCodes).toEqual(expect.arrayContaining(['SGP', 'BRN']));
  });

  it('keeps at most three decimals and the winding of every ring', () => {
    const rounded = (v: number | undefined) => Math.round(v! * 1000) / 1000 === v;
    let wrongWinding = 0;
    let unrounded = 0;
    for (const f of asset.countries.features) {
      for (const [outer, ...holes] of polygonsOf(f.geometry)) {
        if (signedArea(outer!) <= 0) wrongWinding++;
        for (const h of holes) if (signedArea(h) >= 0) wrongWinding++;
        for (const ring of [outer!, ...holes])
          for (const [x, y] of ring) if (!rounded(x) || !rounded(y)) unrounded++;
      }
    }
    expect(wrongWinding).toBe(0);
    expect(unrounded).toBe(0);
  });

  it('survives a round trip through JSON unchanged', () => {
    expect(JSON.parse(JSON.stringify(asset))).toEqual(asset);
  });
});
