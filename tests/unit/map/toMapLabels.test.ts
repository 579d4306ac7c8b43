import { describe, expect, it } from 'vitest';
import { toMapLabels } from '../../../src/map/toMapLabels';
import { partner } from './helpers';

describe('toMapLabels()', () => {
  it('labels home first, then partners with their counts, direct ones above via-only ones', () => {
    const labels = toMapLabels(
      'KOR',
      [partner('VNM', 5, 0, ['ASEAN']), partner('MNG', 2)],
      'en',
      new Set(),
    );
    expect(labels.map((l) => [l.id, l.kind, l.figure])).toEqual([
      ['KOR', 'home', ''],
      ['VNM', 'via', '5'],
      ['MNG', 'partner', '2'],
    ]);
    const [home, vnm, mng] = labels;
    expect(home!.priority).toBeGreaterThan(mng!.priority);
    expect(mng!.priority).toBeGreaterThan(vnm!.priority);
  });

  it('ranks the selected country above every other partner, still below home', () => {
    const partners = [partner('KAZ', 10), partner('UZB', 1), partner('VNM', 5, 0, ['ASEAN'])];
    for (const selected of ['UZB', 'VNM'] as const) {
      const labels = toMapLabels('KOR', partners, 'en', new Set(), selected);
      const byId = new Map(labels.map((l) => [l.id, l.priority]));
      expect(byId.get(selected)).toBeGreaterThan(byId.get('KAZ')!);
      expect(byId.get(selected)).toBeLessThan(byId.get('KOR')!);
    }
  });

  it('names countries in the UI language', () => {
    const [, kaz] = toMapLabels('KOR', [partner('KAZ', 1)], 'ko', new Set());
    expect(kaz?.name).toBe('카자흐스탄');
  });

  it('puts small countries at their capital, where their marker is', () => {
    const [, sgp] = toMapLabels('KOR', [partner('SGP', 1)], 'en', new Set(['SGP']));
    expect(sgp).toMatchObject({ small: true, lonLat: [103.856, 1.293] });
  });

  it('skips unknown codes, home as a partner and empty counts', () => {
    const labels = toMapLabels(
      'KOR',
      [partner('XXX', 1), partner('KOR', 1), partner('MNG', 0)],
      'en',
      new Set(),
    );
    expect(labels.map((l) => l.id)).toEqual(['KOR']);
  });
});
