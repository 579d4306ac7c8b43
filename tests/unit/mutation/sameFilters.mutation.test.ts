import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type Filters } from '../../../src/data/filters';
import { sameFilters } from '../../../src/data/sameFilters';

const SOME: Filters = {
  from: 2018,
  to: 2021,
  sectors: ['health-security', 'digital-health'],
  regions: ['central-asia'],
  types: ['training'],
  status: ['done'],
  actor: 'KOICA',
};

describe('sameFilters()', () => {
  it('holds for equal values in new objects and new lists', () => {
    expect(sameFilters(SOME, structuredClone(SOME))).toBe(true);
    expect(sameFilters(NO_FILTERS, { ...NO_FILTERS })).toBe(true);
  });

  it('tells apart filters that differ in any one field', () => {
    const changes: Partial<Filters>[] = [
      { from: 2019 },
      { from: null },
      { to: 2020 },
      { to: null },
      { sectors: ['health-security'] },
      { sectors: ['digital-health', 'health-security'] },
      { sectors: ['health-security', 'pharmaceuticals'] },
      { sectors: null },
      { regions: ['eastern-asia'] },
      { regions: [] },
      { types: ['forum'] },
      { status: ['planned'] },
      { status: null },
      { actor: 'KOFIH' },
      { actor: null },
    ];
    for (const change of changes) {
      expect(sameFilters(SOME, { ...SOME, ...change }), JSON.stringify(change)).toBe(false);
      expect(sameFilters({ ...SOME, ...change }, SOME), JSON.stringify(change)).toBe(false);
    }
  });

  it('tells no filter apart from an empty list, which keeps nothing', () => {
    expect(sameFilters(NO_FILTERS, { ...NO_FILTERS, sectors: [] })).toBe(false);
    expect(sameFilters({ ...NO_FILTERS, types: [] }, NO_FILTERS)).toBe(false);
  });
});
