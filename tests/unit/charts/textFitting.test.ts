import { describe, expect, it } from 'vitest';
import { approxTextWidth } from '../../../src/charts/approxTextWidth';
import { truncateText } from '../../../src/charts/truncateText';

const measure = (t: string): number => Array.from(t).length * 7;

describe('truncateText()', () => {
  it('keeps a text that fits', () => {
    expect(truncateText('Health', 100, measure)).toBe('Health');
  });

  it('shortens a text that does not fit to the longest prefix with an ellipsis', () => {
    const out = truncateText('Digital health', 63, measure);
    expect(out).toBe('Digital…');
    expect(measure(out)).toBeLessThanOrEqual(63);
  });

  it('returns an empty string when nothing fits or the width is NaN', () => {
    expect(truncateText('Health', 5, measure)).toBe('');
    expect(truncateText('Health', Number.NaN, measure)).toBe('');
  });

  it('never splits a Hangul syllable', () => {
    const out = truncateText('디지털 헬스케어 협력', 40, measure);
    expect(out).toBe('디지털…');
  });
});

describe('approxTextWidth()', () => {
  it('counts Hangul wider than Latin letters and scales with the font size', () => {
    expect(approxTextWidth('한국')).toBeGreaterThan(approxTextWidth('ab'));
    expect(approxTextWidth('2024', 24)).toBeCloseTo(2 * approxTextWidth('2024', 12), 9);
    expect(approxTextWidth('')).toBe(0);
  });
});
