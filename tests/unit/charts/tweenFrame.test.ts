import { describe, expect, it } from 'vitest';
import { easeCubicInOut, tweenFrame } from '../../../src/charts/tweenFrame';

describe('tweenFrame()', () => {
  const from = new Map([
    ['a', [0, 100]],
    ['gone', [5, 5]],
  ]);
  const to = new Map([
    ['a', [10, 0]],
    ['new', [20, 40]],
  ]);

  it('interpolates shared keys linearly in t', () => {
    expect(tweenFrame(from, to, 0.5).get('a')).toEqual([5, 50]);
  });

  it('returns the target itself at t = 1, so the final geometry is exact', () => {
    expect(tweenFrame(from, to, 1)).toBe(to);
    expect(tweenFrame(from, to, Number.NaN)).toBe(to);
  });

  it('drops keys that left and starts new keys from the enter geometry', () => {
    const mid = tweenFrame(from, to, 0.5, (_k, b) => [b[0] ?? 0, 0]);
    expect(mid.has('gone')).toBe(false);
    expect(mid.get('new')).toEqual([20, 20]);
    expect(tweenFrame(from, to, 0.25).get('new')).toEqual([20, 40]);
  });
});

describe('easeCubicInOut()', () => {
  it('runs from 0 to 1 through 0.5, clamped', () => {
    expect(easeCubicInOut(0)).toBe(0);
    expect(easeCubicInOut(0.5)).toBe(0.5);
    expect(easeCubicInOut(1)).toBe(1);
    expect(easeCubicInOut(2)).toBe(1);
    expect(easeCubicInOut(-1)).toBe(0);
    expect(easeCubicInOut(0.25)).toBeLessThan(0.25);
  });
});
