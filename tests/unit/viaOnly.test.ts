import { describe, expect, it } from 'vitest';
import { isViaOnly, viaOnlyGroups } from '../../src/data/viaOnly';

const groups = [
  { id: 'ASEAN', name: { en: 'ASEAN' }, members: ['SGP'] },
  { id: 'EU', name: { en: 'EU' }, members: ['FRA'] },
];

describe('via-group partners', () => {
  it('isViaOnly() is true only for a country never named directly but reached through a group', () => {
    expect(isViaOnly({ direct: 0, viaGroups: ['ASEAN'] })).toBe(true);
    expect(isViaOnly({ direct: 1, viaGroups: ['ASEAN'] })).toBe(false);
    expect(isViaOnly({ direct: 0, viaGroups: [] })).toBe(false);
  });

  it('viaOnlyGroups() lists, in dataset order, only groups that reach some country indirectly', () => {
    const partners = [
      { direct: 0, viaGroups: ['EU'] },
      { direct: 2, viaGroups: ['ASEAN'] },
    ];
    expect(viaOnlyGroups(partners, { groups }).map((g) => g.id)).toEqual(['EU']);
    expect(viaOnlyGroups([], { groups })).toEqual([]);
  });
});
