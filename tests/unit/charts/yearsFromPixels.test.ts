import { describe, expect, it } from 'vitest';
import { pixelsFromYears } from '../../../src/charts/pixelsFromYears';
import { yearsFromPixels } from '../../../src/charts/yearsFromPixels';

/** Ten years, 2010–2019, 20 px each, starting at x = 40. */
const layout = {
  years: Array.from({ length: 10 }, (_, i) => 2010 + i),
  step: 20,
  plot: { left: 40, right: 240, top: 10, bottom: 180 },
};

describe('yearsFromPixels()', () => {
  it('selects the years whose band centres the span covers', () => {
    // Centres are at 50, 70, 90, …; 45–95 covers 2010, 2011, 2012.
    expect(yearsFromPixels(45, 95, layout)).toEqual({ from: 2010, to: 2012 });
    expect(yearsFromPixels(71, 109, layout)).toEqual({ from: 2012, to: 2012 });
  });

  it('snaps a span that covers whole bands exactly to those years', () => {
    expect(yearsFromPixels(60, 120, layout)).toEqual({ from: 2011, to: 2013 });
  });

  it('accepts the ends in either order', () => {
    expect(yearsFromPixels(120, 60, layout)).toEqual({ from: 2011, to: 2013 });
  });

  it('picks the year under a short drag that covers no band centre', () => {
    expect(yearsFromPixels(61, 64, layout)).toEqual({ from: 2011, to: 2011 });
    expect(yearsFromPixels(100, 100, layout)).toEqual({ from: 2013, to: 2013 });
  });

  it('clamps spans that run past either end of the plot', () => {
    expect(yearsFromPixels(-50, 75, layout)).toEqual({ from: 2010, to: 2011 });
    expect(yearsFromPixels(200, 999, layout)).toEqual({ from: 2018, to: 2019 });
    expect(yearsFromPixels(0, 5, layout)).toEqual({ from: 2010, to: 2010 });
    expect(yearsFromPixels(500, 600, layout)).toEqual({ from: 2019, to: 2019 });
  });

  it('returns null for NaN pixels or a layout without years', () => {
    expect(yearsFromPixels(Number.NaN, 100, layout)).toBeNull();
    expect(yearsFromPixels(10, 100, { ...layout, years: [], step: 0 })).toBeNull();
  });

  it('round-trips with pixelsFromYears()', () => {
    for (const [from, to] of [
      [2010, 2010],
      [2012, 2015],
      [2010, 2019],
    ] as const) {
      const px = pixelsFromYears(from, to, layout)!;
      expect(yearsFromPixels(px[0], px[1], layout)).toEqual({ from, to });
    }
  });
});

describe('pixelsFromYears()', () => {
  it('covers the bands of the years from the first to the last', () => {
    expect(pixelsFromYears(2011, 2013, layout)).toEqual([60, 120]);
  });

  it('clamps to the layout years and returns null when no year is inside', () => {
    expect(pixelsFromYears(1990, 2011, layout)).toEqual([40, 80]);
    expect(pixelsFromYears(2030, 2040, layout)).toBeNull();
    expect(pixelsFromYears(2000, 2001, layout)).toBeNull();
  });
});
