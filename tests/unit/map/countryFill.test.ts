import { describe, expect, it } from 'vitest';
import { countSteps } from '../../../src/map/countSteps';
import { countryFill, MAP_COLORS } from '../../../src/map/mapColors';
import { fillColor } from '../../../src/map/mapStyle';
import { partnerStates } from '../../../src/map/partnerStates';
import { evaluateColor } from './evaluateColor';
import { partner } from './helpers';

const steps = countSteps(12);

describe('countryFill()', () => {
  it('paints each case in its own colour', () => {
    expect(countryFill(undefined, true, steps)).toBe('#cd2e3a');
    expect(countryFill(undefined, false, steps)).toBe('#dcdcd7');
    expect(countryFill(partner('VNM', 2, 0, ['ASEAN']), false, steps)).toBe('#cfe1f2');
    expect(countryFill(partner('KAZ', 1), false, steps)).toBe('rgb(175, 209, 231)');
    expect(countryFill(partner('KAZ', 6), false, steps)).toBe('rgb(24, 100, 170)');
    expect(countryFill(partner('TKM', 12), false, steps)).toBe('rgb(9, 69, 137)');
    expect(countryFill(partner('PHL', 6, 1, ['ASEAN']), false, steps)).toBe('rgb(24, 100, 170)');
  });

  it('agrees with the MapLibre fill expression for every count, direct or via a group', () => {
    const idByIso3 = new Map([['X', 1]]);
    const cases = [
      ...Array.from({ length: 14 }, (_, n) => partner('X', n)),
      ...Array.from({ length: 13 }, (_, n) => partner('X', n + 1, 0, ['ASEAN'])),
      partner('X', 9, 4, ['ASEAN']),
    ];
    for (const stat of cases) {
      const state = partnerStates([stat], idByIso3, { steps, maxCount: 12 }).get(1) ?? {};
      expect(evaluateColor(fillColor(), state), JSON.stringify(stat)).toBe(
        evaluateColor(countryFill(stat, false, steps)),
      );
    }
    expect(evaluateColor(fillColor(), { home: true, count: 3 })).toBe(
      evaluateColor(MAP_COLORS.home),
    );
    expect(evaluateColor(fillColor(), {})).toBe(evaluateColor(MAP_COLORS.land));
  });
});
