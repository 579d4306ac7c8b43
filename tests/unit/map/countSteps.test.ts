import { describe, expect, it } from 'vitest';
import { countSteps, MAX_STEPS } from '../../../src/map/countSteps';

describe('countSteps()', () => {
  it('returns no steps for a maximum below 1, NaN or infinity', () => {
    for (const max of [0, -3, Number.NaN, Number.POSITIVE_INFINITY])
      expect(countSteps(max)).toEqual([]);
  });

  it('gives one step per count up to six', () => {
    expect(countSteps(4).map((s) => s.label)).toEqual(['1', '2', '3', '4']);
    expect(countSteps(6)).toHaveLength(6);
  });

  it('covers 1..max with contiguous ranges in at most six steps', () => {
    for (const max of [7, 9, 12, 15, 16, 40, 100, 1234, 98765]) {
      const steps = countSteps(max);
      expect(steps.length).toBeLessThanOrEqual(MAX_STEPS);
      expect(steps.length).toBeGreaterThanOrEqual(5);
      expect(steps[0]!.min).toBe(1);
      expect(steps[steps.length - 1]!.max).toBe(max);
      for (let i = 1; i < steps.length; i++) expect(steps[i]!.min).toBe(steps[i - 1]!.max + 1);
    }
  });

  it('snaps larger ranges to the 1–2–3–5 ladder and writes them with an en dash', () => {
    expect(countSteps(40).map((s) => s.label)).toEqual(['1', '2', '3–4', '5–9', '10–19', '20–40']);
  });

  it('darkens from the first step to the last', () => {
    const lightness = countSteps(40).map((s) => {
      const [r = 0, g = 0, b = 0] = (s.color.match(/\d+/g) ?? []).map(Number);
      return r + g + b;
    });
    for (let i = 1; i < lightness.length; i++) expect(lightness[i]).toBeLessThan(lightness[i - 1]!);
  });
});

describe('countSteps() labels', () => {
  it('write large counts with thousands separators, as the summary does', () => {
    expect(countSteps(12000).map((s) => s.label)).toEqual([
      '1–4',
      '5–19',
      '20–99',
      '100–499',
      '500–2,999',
      '3,000–12,000',
    ]);
  });
});
