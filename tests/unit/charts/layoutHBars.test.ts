import { describe, expect, it } from 'vitest';
import { layoutHBars } from '../../../src/charts/layoutHBars';

const measure = (t: string): number => t.length * 7;
const rows = [
  { id: 'a', label: 'A very long label that cannot fit beside', value: 10 },
  { id: 'b', label: 'Short', value: 4 },
];

describe('layoutHBars()', () => {
  it('shortens side labels to the label column with an ellipsis and keeps the bars wide', () => {
    const l = layoutHBars(rows, { width: 300, height: 200 }, { measure });
    expect(l.placement).toBe('side');
    const a = l.bars[0]!;
    expect(a.truncated).toBe(true);
    expect(a.label.text.endsWith('…')).toBe(true);
    expect(measure(a.label.text)).toBeLessThanOrEqual(a.x);
    expect(a.label.anchor).toBe('end');
    expect(l.bars[1]!.truncated).toBe(false);
    expect(a.w).toBeGreaterThan(100);
  });

  it('uses the given height for rows, within a comfortable row height', () => {
    const tall = layoutHBars(rows, { width: 300, height: 1000 }, { measure });
    expect(tall.rowHeight).toBe(26);
    const short = layoutHBars(
      Array.from({ length: 20 }, (_, i) => ({ id: `r${i}`, label: 'x', value: i })),
      { width: 300, height: 100 },
      { measure },
    );
    expect(short.rowHeight).toBe(18);
    expect(short.height).toBe(20 * 18);
  });

  it('adds the extra bottom space to the height', () => {
    const l = layoutHBars(rows, { width: 300, height: 200 }, { measure, extraBottom: 20 });
    expect(l.height).toBe(2 * l.rowHeight + 20);
  });

  it('formats values with the given function', () => {
    const l = layoutHBars(
      [{ id: 'a', label: 'A', value: 1200 }],
      { width: 300, height: 200 },
      {
        measure,
        format: (n) => n.toLocaleString('en-US'),
      },
    );
    expect(l.bars[0]!.valueLabel.text).toBe('1,200');
  });
});
