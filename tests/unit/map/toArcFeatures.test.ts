import { describe, expect, it } from 'vitest';
import { anchorOf } from '../../../src/data/countries';
import { ARC_WIDTH, toArcFeatures } from '../../../src/map/toArcFeatures';
import { partner } from './helpers';

const SEOUL: [number, number] = [127, 37.566];

describe('toArcFeatures()', () => {
  it('draws one arc per partner, from home to the partner capital', () => {
    const arcs = toArcFeatures({ partners: [partner('KAZ', 9), partner('MNG', 2)] }, SEOUL);
    expect(arcs.features.map((f) => f.properties.iso3)).toEqual(['KAZ', 'MNG']);
    const line = arcs.features[0]!.geometry.coordinates.flat();
    expect(line[0]![0]).toBeCloseTo(127, 6);
    expect(line[0]![1]).toBeCloseTo(37.566, 6);
    const astana = anchorOf('KAZ')!;
    expect(line[line.length - 1]![0]).toBeCloseTo(astana[0], 6);
    expect(line[line.length - 1]![1]).toBeCloseTo(astana[1], 6);
  });

  it('follows the great circle, which bends towards the pole on a Mercator map', () => {
    const [arc] = toArcFeatures({ partners: [partner('TKM', 1)] }, SEOUL).features;
    const lats = arc!.geometry.coordinates.flat().map((p) => p[1]!);
    expect(Math.max(...lats)).toBeGreaterThan(Math.max(37.566, anchorOf('TKM')![1]) + 2);
  });

  it('splits an arc that crosses the antimeridian into parts that meet at ±180°', () => {
    const [arc] = toArcFeatures({ partners: [partner('WSM', 3)] }, SEOUL).features;
    const parts = arc!.geometry.coordinates;
    expect(parts).toHaveLength(2);
    const end = parts[0]![parts[0]!.length - 1]!;
    const start = parts[1]![0]!;
    expect(Math.abs(end[0]!)).toBe(180);
    expect(start[0]).toBe(-end[0]!);
    expect(start[1]).toBeCloseTo(end[1]!, 9);
    for (const part of parts) {
      for (let i = 1; i < part.length; i++) {
        expect(Math.abs(part[i]![0]! - part[i - 1]![0]!)).toBeLessThan(180);
      }
    }
  });

  it('scales width with the square root of the count, up to maxCount', () => {
    const arcs = toArcFeatures(
      { partners: [partner('KAZ', 16), partner('UZB', 4), partner('MNG', 1)] },
      SEOUL,
      16,
    );
    const [kaz, uzb, mng] = arcs.features.map((f) => f.properties.width);
    expect(kaz).toBe(ARC_WIDTH.max);
    expect(uzb).toBeCloseTo(ARC_WIDTH.min + (ARC_WIDTH.max - ARC_WIDTH.min) / 2, 9);
    expect(mng).toBeGreaterThan(ARC_WIDTH.min);
    expect(mng).toBeLessThan(uzb!);
  });

  it('marks partners reached only through a group as via', () => {
    const arcs = toArcFeatures(
      { partners: [partner('VNM', 2, 0, ['ASEAN']), partner('PHL', 3, 1, ['ASEAN'])] },
      SEOUL,
    );
    expect(arcs.features.map((f) => f.properties.via)).toEqual([true, false]);
  });

  it('gives each arc its country feature id when ids are given', () => {
    const ids = new Map([['KAZ', 398]]);
    const arcs = toArcFeatures({ partners: [partner('KAZ', 1), partner('MNG', 1)] }, SEOUL, 1, ids);
    expect(arcs.features.map((f) => f.id)).toEqual([398, undefined]);
  });

  it('skips home, unknown codes and empty counts, and returns nothing for no partners', () => {
    const arcs = toArcFeatures(
      {
        partners: [
          partner('KOR', 2),
          partner('XXX', 2),
          partner('MNG', 0),
          partner('MNG', Number.NaN),
        ],
      },
      SEOUL,
    );
    expect(arcs.features).toEqual([]);
    expect(toArcFeatures({ partners: [] }, SEOUL).features).toEqual([]);
  });
});
