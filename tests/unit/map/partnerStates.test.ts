import { describe, expect, it } from 'vitest';
import { partnerStates } from '../../../src/map/partnerStates';
import { partner } from './helpers';

const ids = new Map([
  ['KAZ', 398],
  ['VNM', 704],
  ['PHL', 608],
]);

describe('partnerStates()', () => {
  it('keys each partner by its feature id with its count', () => {
    const s = partnerStates([partner('KAZ', 9)], ids);
    expect(s.get(398)).toEqual({ count: 9, via: false });
  });

  it('marks as via only the partners reached through a group and never directly', () => {
    const s = partnerStates(
      [partner('VNM', 2, 0, ['ASEAN']), partner('PHL', 3, 1, ['ASEAN'])],
      ids,
    );
    expect(s.get(704)?.via).toBe(true);
    expect(s.get(608)?.via).toBe(false);
  });

  it('leaves out partners without a feature and counts that are zero or NaN', () => {
    const s = partnerStates(
      [partner('XXX', 2), partner('KAZ', 0), partner('VNM', Number.NaN)],
      ids,
    );
    expect(s.size).toBe(0);
  });
});
