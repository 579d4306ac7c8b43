import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { fixGeometry } from '../../../src/map/fixGeometry';

function rings(g: Polygon | MultiPolygon | null): Position[][][] {
  if (!g) return [];
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

function signedArea(ring: Position[]): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[i + 1]!;
    s += a[0]! * b[1]! - b[0]! * a[1]!;
  }
  return s / 2;
}

describe('fixGeometry()', () => {
  it('makes longitudes continuous for a ring that crosses the antimeridian', () => {
    const square: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [170, -10],
          [-170, -10],
          [-170, 10],
          [170, 10],
          [170, -10],
        ],
      ],
    };
    const [[outer]] = rings(fixGeometry(square)) as [[Position[]]];
    expect(outer.map((p) => p[0])).toEqual([170, 190, 190, 170, 170]);
  });

  it('orients exterior rings counter-clockwise and holes clockwise', () => {
    const clockwise: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [0, 10],
          [10, 10],
          [10, 0],
          [0, 0],
        ],
        [
          [2, 2],
          [4, 2],
          [4, 4],
          [2, 4],
          [2, 2],
        ],
      ],
    };
    const [[outer, hole]] = rings(fixGeometry(clockwise)) as [[Position[], Position[]]];
    expect(signedArea(outer)).toBeGreaterThan(0);
    expect(signedArea(hole)).toBeLessThan(0);
  });

  it('closes a ring that goes round the South Pole along the pole', () => {
    const cap: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [-180, -70],
          [-90, -72],
          [0, -70],
          [90, -68],
          [180, -70],
        ],
      ],
    };
    const [[outer]] = rings(fixGeometry(cap)) as [[Position[]]];
    expect(outer[0]).toEqual(outer[outer.length - 1]);
    const onPole = outer.filter((p) => p[1] === -90).map((p) => p[0]!);
    expect(Math.max(...onPole) - Math.min(...onPole)).toBe(360);
    for (let i = 1; i < outer.length; i++) {
      expect(Math.abs(outer[i]![0]! - outer[i - 1]![0]!)).toBeLessThanOrEqual(180);
    }
    expect(signedArea(outer)).toBeGreaterThan(0);
  });

  it('drops degenerate rings and returns null when nothing is left', () => {
    const flat: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [5, 5],
          [5, 5],
          [6, 6],
          [5, 5],
        ],
      ],
    };
    expect(fixGeometry(flat)).toBeNull();
    const withFlatPart: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [
        flat.coordinates,
        [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      ],
    };
    expect(rings(fixGeometry(withFlatPart))).toHaveLength(1);
  });

  it('skips points with NaN or missing coordinates', () => {
    const noisy: Polygon = {
      type: 'Polygon',
      coordinates: [[[0, 0], [Number.NaN, 3], [4, 0], [4, 4], [0], [0, 0]]],
    };
    const [[outer]] = rings(fixGeometry(noisy)) as [[Position[]]];
    expect(outer.every((p) => p.every(Number.isFinite))).toBe(true);
    expect(outer).toHaveLength(4);
  });
});
