import { describe, expect, it } from 'vitest';
import { countSteps } from '../../../src/map/countSteps';
import { partnerStates } from '../../../src/map/partnerStates';
import { partner } from './helpers';

const ids = new Map([
  ['KAZ', 398],
  ['VNM', 704],
  ['PHL', 608],
]);

/** The bundled data's scale: steps 1, 2, 3, 4, 5–7, 8–12 (the legend's), largest count 12. */
const scale = { steps: countSteps(12), maxCount: 12 };

describe('partnerStates()', () => {
  it('keys each partner by its feature id with its count, step shade and arc width', () => {
    const s = partnerStates([partner('KAZ', 9)], ids, scale);
    expect(s.get(398)).toEqual({
      count: 9,
      via: false,
      shade: 5,
      width: expect.closeTo(1 + 4 * Math.sqrt(9 / 12), 6) as number,
    });
  });

  it('gives each count the palette shade of the legend step it falls in', () => {
    const shadeFor = (n: number) => partnerStates([partner('KAZ', n)], ids, scale).get(398)?.shade;
    expect([1, 2, 3, 4, 5, 7, 8, 12].map(shadeFor)).toEqual([0, 1, 2, 3, 4, 4, 5, 5]);
  });

  it('marks as via only the partners reached through a group and never directly', () => {
    const s = partnerStates(
      [partner('VNM', 2, 0, ['ASEAN']), partner('PHL', 3, 1, ['ASEAN'])],
      ids,
      scale,
    );
    expect(s.get(704)?.via).toBe(true);
    expect(s.get(608)?.via).toBe(false);
  });

  it('leaves out partners without a feature and counts that are zero or NaN', () => {
    const s = partnerStates(
      [partner('XXX', 2), partner('KAZ', 0), partner('VNM', Number.NaN)],
      ids,
      scale,
    );
    expect(s.size).toBe(0);
  });
});
