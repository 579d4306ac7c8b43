import { describe, expect, it } from 'vitest';
import type { PartnerStat } from '../../../src/data/selection';
import { layoutPartnerBars } from '../../../src/charts/layoutPartnerBars';

const measure = (t: string): number => t.length * 7;
const partner = (
  iso3: string,
  count: number,
  direct = count,
  viaGroups: string[] = [],
): PartnerStat => ({
  iso3,
  count,
  direct,
  viaGroups,
  regionId: 'x',
});
const size = { width: 360, height: 400 };

describe('layoutPartnerBars()', () => {
  const partners = Array.from({ length: 20 }, (_, i) =>
    partner(`C${String(i).padStart(2, '0')}`, i + 1),
  );

  it('sorts partners by count, most first, ties in the given order', () => {
    const l = layoutPartnerBars(
      [partner('AAA', 1), partner('BBB', 5), partner('CCC', 5), partner('DDD', 3)],
      size,
      12,
      { measure },
    );
    expect(l.bars.map((b) => b.id)).toEqual(['BBB', 'CCC', 'DDD', 'AAA']);
  });

  it('draws the top N and summarises the rest as "+ N more"', () => {
    const l = layoutPartnerBars(partners, size, 12, { measure });
    expect(l.bars).toHaveLength(12);
    expect(l.bars[0]!.id).toBe('C19');
    expect(l.bars[11]!.id).toBe('C08');
    expect(l.more).toBe(8);
    expect(l.moreLabel?.text).toBe('+ 8 more');
    expect(l.moreLabel!.y).toBeGreaterThan(l.bars[11]!.y + l.bars[11]!.h);
    expect(l.moreLabel!.y).toBeLessThanOrEqual(l.height);
  });

  it('has no "+ N more" line when every partner fits', () => {
    const l = layoutPartnerBars(partners.slice(0, 5), size, 12, { measure });
    expect(l.more).toBe(0);
    expect(l.moreLabel).toBeNull();
  });

  it('adds the selected country as one more bar when it is outside the top', () => {
    const l = layoutPartnerBars(partners, size, 12, { measure, selected: 'C00' });
    expect(l.bars).toHaveLength(13);
    expect(l.bars[12]).toMatchObject({ id: 'C00', selected: true });
    expect(l.more).toBe(7);
    expect(l.bars.filter((b) => b.selected)).toHaveLength(1);
  });

  it('marks the selected country inside the top without adding a bar', () => {
    const l = layoutPartnerBars(partners, size, 12, { measure, selected: 'C15' });
    expect(l.bars).toHaveLength(12);
    expect(l.bars.find((b) => b.id === 'C15')?.selected).toBe(true);
  });

  it('makes widths proportional to counts and splits direct from via-group activities', () => {
    const l = layoutPartnerBars(
      [partner('KAZ', 8), partner('VNM', 4, 1, ['ASEAN']), partner('LAO', 2, 0, ['ASEAN'])],
      size,
      12,
      { measure },
    );
    const [kaz, vnm, lao] = l.bars;
    expect(vnm!.w / kaz!.w).toBeCloseTo(0.5, 9);
    expect(vnm!.directW / vnm!.w).toBeCloseTo(0.25, 9);
    expect(kaz!.directW).toBeCloseTo(kaz!.w, 9);
    expect(lao).toMatchObject({ viaOnly: true, directW: 0 });
    expect(kaz!.viaOnly).toBe(false);
    expect(l.anyVia).toBe(true);
  });

  it('labels bars with the names it is given', () => {
    const l = layoutPartnerBars([partner('KAZ', 2)], size, 12, {
      measure,
      label: (iso3) => (iso3 === 'KAZ' ? 'Kazakhstan' : iso3),
    });
    expect(l.bars[0]!.label.text).toBe('Kazakhstan');
    expect(l.anyVia).toBe(false);
  });

  it('handles no partners, a zero or NaN limit and NaN counts', () => {
    expect(layoutPartnerBars([], size, 12).bars).toEqual([]);
    const none = layoutPartnerBars(partners, size, 0, { measure });
    expect(none.bars).toEqual([]);
    expect(none.more).toBe(20);
    expect(layoutPartnerBars(partners, size, Number.NaN, { measure }).bars).toHaveLength(20);
    const l = layoutPartnerBars(
      [partner('AAA', Number.NaN, Number.NaN), partner('BBB', 2)],
      size,
      12,
      { measure },
    );
    expect(l.bars.map((b) => b.id)).toEqual(['BBB', 'AAA']);
    expect(l.bars[1]).toMatchObject({ value: 0, w: 0, directW: 0, viaOnly: false });
  });
});
