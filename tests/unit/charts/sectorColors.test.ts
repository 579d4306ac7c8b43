import { describe, expect, it } from 'vitest';
import type { Sector } from '../../../src/data/types';
import { OKABE_ITO, sectorColor, UNKNOWN_SECTOR_COLOR } from '../../../src/charts/sectorColors';

const sectors = (n: number): Sector[] =>
  Array.from({ length: n }, (_, i) => ({ id: `s-${i}`, label: { en: `Sector ${i}` } }));

describe('sectorColor()', () => {
  it('gives up to 8 sectors the Okabe–Ito colours in dataset order', () => {
    const list = sectors(8);
    const color = sectorColor(list);
    expect(list.map((s) => color(s.id))).toEqual([...OKABE_ITO]);
  });

  it('gives every sector a distinct colour, up to 40 sectors', () => {
    for (const n of [1, 5, 8, 9, 10, 11, 12, 13, 40]) {
      const list = sectors(n);
      const color = sectorColor(list);
      const colors = list.map((s) => color(s.id).toLowerCase());
      expect(new Set(colors).size, `${n} sectors`).toBe(n);
    }
  });

  it('is stable: the same dataset gives the same colours on every call', () => {
    const list = sectors(9);
    const a = sectorColor(list);
    const b = sectorColor([...list]);
    expect(list.map((s) => a(s.id))).toEqual(list.map((s) => b(s.id)));
  });

  it('depends on the index in the dataset, not on the order ids are asked in', () => {
    const list = sectors(6);
    const color = sectorColor(list);
    const forward = list.map((s) => color(s.id));
    const backward = [...list]
      .reverse()
      .map((s) => color(s.id))
      .reverse();
    expect(backward).toEqual(forward);
    expect(color('s-0')).toBe(OKABE_ITO[0]);
  });

  it('answers a neutral grey for ids the dataset does not list, and for an empty list', () => {
    expect(sectorColor(sectors(3))('nope')).toBe(UNKNOWN_SECTOR_COLOR);
    expect(sectorColor([])('s-0')).toBe(UNKNOWN_SECTOR_COLOR);
  });

  it('returns valid CSS hex or rgb colours', () => {
    const list = sectors(20);
    const color = sectorColor(list);
    for (const s of list) expect(color(s.id)).toMatch(/^(#[0-9a-f]{6}|rgb\(\d+, \d+, \d+\))$/i);
  });
});
