import { describe, expect, it } from 'vitest';
import { yearTicks } from '../../src/ui/yearTicks';

const labels = (ticks: ReturnType<typeof yearTicks>, key: 'wide' | 'narrow') =>
  ticks.filter((t) => t[key]).map((t) => t.year);

describe('yearTicks()', () => {
  it('labels every year of a short span at every width', () => {
    const ticks = yearTicks(2019, 2024);
    expect(labels(ticks, 'wide')).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
    expect(labels(ticks, 'narrow')).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
  });

  it('thins a long span to at most the allowed labels, keeping the first and last year', () => {
    const ticks = yearTicks(2000, 2025);
    expect(ticks).toHaveLength(26);
    const wide = labels(ticks, 'wide');
    const narrow = labels(ticks, 'narrow');
    expect(wide.length).toBeLessThanOrEqual(13);
    expect(narrow.length).toBeLessThanOrEqual(7);
    for (const l of [wide, narrow]) {
      expect(l[0]).toBe(2000);
      expect(l[l.length - 1]).toBe(2025);
    }
  });

  it('never labels two adjacent years when thinning', () => {
    const narrow = labels(yearTicks(2000, 2025), 'narrow');
    for (let i = 1; i < narrow.length; i++) expect(narrow[i]! - narrow[i - 1]!).toBeGreaterThan(1);
  });

  it('labels on narrow screens only years that wide screens label too', () => {
    for (const [min, max] of [
      [2000, 2025],
      [1990, 2024],
      [2010, 2030],
    ] as const) {
      const ticks = yearTicks(min, max);
      for (const t of ticks) if (t.narrow) expect(t.wide, String(t.year)).toBe(true);
      expect(labels(ticks, 'narrow').length).toBeGreaterThanOrEqual(3);
    }
  });

  it('handles a single year', () => {
    expect(yearTicks(2020, 2020)).toEqual([{ year: 2020, wide: true, narrow: true }]);
  });
});
