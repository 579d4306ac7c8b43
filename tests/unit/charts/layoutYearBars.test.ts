import { describe, expect, it } from 'vitest';
import type { YearBin } from '../../../src/data/selection';
import { layoutYearBars } from '../../../src/charts/layoutYearBars';

const bin = (
  year: number,
  bySector: Record<string, number>,
  total: number,
  inRange = true,
): YearBin => ({
  year,
  total,
  bySector,
  inRange,
});

const size = { width: 360, height: 200 };
const measure = (t: string): number => t.length * 7;
const round = (n: number): number => Math.round(n * 1000) / 1000;

describe('layoutYearBars()', () => {
  const perYear = [
    bin(2015, { a: 2, b: 1 }, 3),
    bin(2016, { a: 0, b: 4 }, 4),
    bin(2017, { a: 5, b: 5 }, 7),
    bin(2018, {}, 0),
  ];
  const layout = layoutYearBars(perYear, ['a', 'b'], size, { measure });

  it('stacks segments so that each bar adds up to the year total', () => {
    for (const bar of layout.bars) {
      const stacked = bar.segments.reduce((s, g) => s + g.h, 0);
      expect(round(stacked)).toBe(round(bar.h));
      expect(round(bar.h)).toBe(round(layout.plot.bottom - bar.y));
    }
    const unit = layout.bars[0]!.h / 3;
    expect(round(layout.bars[1]!.h)).toBe(round(unit * 4));
    expect(round(layout.bars[2]!.h)).toBe(round(unit * 7));
  });

  it('shares a bar among sectors in proportion to their counts when activities have several sectors', () => {
    const y2017 = layout.bars[2]!;
    expect(y2017.segments.map((g) => g.count)).toEqual([5, 5]);
    expect(round(y2017.segments[0]!.h)).toBe(round(y2017.segments[1]!.h));
  });

  it('stacks in sectorIds order, bottom first, touching, and skips empty sectors', () => {
    const y2015 = layout.bars[0]!;
    expect(y2015.segments.map((g) => g.sectorId)).toEqual(['a', 'b']);
    expect(round(y2015.segments[0]!.y + y2015.segments[0]!.h)).toBe(round(layout.plot.bottom));
    expect(round(y2015.segments[1]!.y + y2015.segments[1]!.h)).toBe(round(y2015.segments[0]!.y));
    expect(layout.bars[1]!.segments.map((g) => g.sectorId)).toEqual(['b']);
    expect(layout.bars[3]!.segments).toEqual([]);
  });

  it('puts the years in order, one band each, left to right, without overlap', () => {
    const shuffled = [perYear[2]!, perYear[0]!, perYear[3]!, perYear[1]!];
    const l = layoutYearBars(shuffled, ['a', 'b'], size, { measure });
    expect(l.years).toEqual([2015, 2016, 2017, 2018]);
    expect(l.bars.map((b) => b.year)).toEqual([2015, 2016, 2017, 2018]);
    for (let i = 1; i < l.bars.length; i++) {
      const prev = l.bars[i - 1]!;
      expect(l.bars[i]!.x).toBeGreaterThanOrEqual(prev.x + prev.w);
    }
    expect(l.bars[0]!.x).toBeGreaterThanOrEqual(l.plot.left);
    const last = l.bars[l.bars.length - 1]!;
    expect(last.x + last.w).toBeLessThanOrEqual(l.plot.right + 1e-9);
  });

  it('caps bar width on a wide chart and centres each bar in its band', () => {
    const l = layoutYearBars(perYear, ['a', 'b'], { width: 1600, height: 200 }, { measure });
    for (const [i, b] of l.bars.entries()) {
      expect(b.w).toBeLessThanOrEqual(56);
      expect(b.x + b.w / 2).toBeCloseTo(l.plot.left + (i + 0.5) * l.step, 9);
    }
  });

  it('fills missing years with empty bars so the bands stay one year wide', () => {
    const l = layoutYearBars([bin(2010, { a: 1 }, 1), bin(2013, { a: 2 }, 2)], ['a'], size, {
      measure,
    });
    expect(l.years).toEqual([2010, 2011, 2012, 2013]);
    expect(l.bars[1]!.total).toBe(0);
    expect(l.bars[1]!.inRange).toBe(false);
  });

  it('keeps years outside the range, flagged so they are drawn greyed, with the same scale', () => {
    const inside = layoutYearBars(perYear, ['a', 'b'], size, { measure });
    const narrowed = layoutYearBars(
      perYear.map((b) => ({ ...b, inRange: b.year === 2016 })),
      ['a', 'b'],
      size,
      { measure },
    );
    expect(narrowed.bars).toHaveLength(4);
    expect(narrowed.bars.map((b) => b.inRange)).toEqual([false, true, false, false]);
    expect(narrowed.bars.map((b) => round(b.h))).toEqual(inside.bars.map((b) => round(b.h)));
    expect(narrowed.yTicks).toEqual(inside.yTicks);
  });

  it('writes totals above bars when they fit, and not for zero or crowded bars', () => {
    const y2015 = layout.bars[0]!;
    expect(y2015.label).toMatchObject({ text: '3', anchor: 'middle' });
    expect(y2015.label!.y).toBeLessThan(y2015.y);
    expect(layout.bars[3]!.label).toBeNull();
    const many = Array.from({ length: 60 }, (_, i) => bin(1960 + i, { a: 100 + i }, 100 + i));
    const crowded = layoutYearBars(many, ['a'], size, { measure });
    expect(crowded.bars.every((b) => b.label === null)).toBe(true);
  });

  it('labels every year when there is room and thins labels to round years when crowded', () => {
    const wide = layoutYearBars(perYear, ['a'], { width: 900, height: 200 }, { measure });
    expect(wide.xTicks.map((t) => t.year)).toEqual([2015, 2016, 2017, 2018]);

    const years = Array.from({ length: 26 }, (_, i) => bin(2000 + i, { a: 1 }, 1));
    const narrow = layoutYearBars(years, ['a'], { width: 300, height: 200 }, { measure });
    const labelled = narrow.xTicks.map((t) => t.year);
    expect(labelled.length).toBeLessThan(26);
    expect(labelled.length).toBeGreaterThan(1);
    const every = labelled[1]! - labelled[0]!;
    expect([2, 5, 10]).toContain(every);
    expect(labelled.every((y) => y % every === 0)).toBe(true);
    for (let i = 1; i < narrow.xTicks.length; i++) {
      const gap = narrow.xTicks[i]!.x - narrow.xTicks[i - 1]!.x;
      expect(gap).toBeGreaterThanOrEqual(measure('0000'));
    }
  });

  it('keeps year labels inside the svg', () => {
    const years = Array.from({ length: 12 }, (_, i) => bin(2010 + i, { a: 1 }, 1));
    const l = layoutYearBars(years, ['a'], { width: 300, height: 200 }, { measure });
    for (const t of l.xTicks) {
      const w = measure(t.text);
      const left = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - w : t.x - w / 2;
      expect(left).toBeGreaterThanOrEqual(0);
      expect(left + w).toBeLessThanOrEqual(300);
    }
  });

  it('has integer y ticks from 0, covering the largest total, inside the plot', () => {
    const values = layout.yTicks.map((t) => t.value);
    expect(values[0]).toBe(0);
    expect(values.every((v) => Number.isInteger(v))).toBe(true);
    expect(Math.max(...values)).toBeGreaterThanOrEqual(7);
    for (const t of layout.yTicks) {
      expect(t.y).toBeGreaterThanOrEqual(layout.plot.top - 1e-9);
      expect(t.y).toBeLessThanOrEqual(layout.plot.bottom + 1e-9);
    }
    const small = layoutYearBars([bin(2020, { a: 1 }, 1)], ['a'], size, { measure });
    expect(small.yTicks.map((t) => t.value)).toEqual([0, 1]);
  });

  it('uses a single neutral segment when no listed sector accounts for the total', () => {
    const l = layoutYearBars([bin(2020, { z: 3 }, 3)], ['a'], size, { measure });
    expect(l.bars[0]!.segments).toHaveLength(1);
    expect(l.bars[0]!.segments[0]).toMatchObject({ sectorId: null, count: 3 });
  });

  it('returns no bars for no years, and no NaN anywhere for NaN or empty inputs', () => {
    const none = layoutYearBars([], ['a'], size, { measure });
    expect(none.bars).toEqual([]);
    expect(none.xTicks).toEqual([]);
    const bad = layoutYearBars(
      [bin(2020, { a: Number.NaN }, Number.NaN), bin(Number.NaN, {}, 3), bin(2021, { a: -2 }, 2)],
      ['a'],
      { width: Number.NaN, height: 200 },
      { measure },
    );
    expect(bad.years).toEqual([2020, 2021]);
    for (const b of bad.bars) {
      for (const v of [b.x, b.y, b.w, b.h]) expect(Number.isFinite(v)).toBe(true);
      for (const g of b.segments)
        for (const v of [g.x, g.y, g.w, g.h]) expect(Number.isFinite(v)).toBe(true);
    }
    expect(bad.bars[0]!.total).toBe(0);
  });
});
