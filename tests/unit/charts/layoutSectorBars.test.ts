import { describe, expect, it } from 'vitest';
import type { SectorStat } from '../../../src/data/selection';
import { layoutSectorBars } from '../../../src/charts/layoutSectorBars';
import { truncateText } from '../../../src/charts/truncateText';

const measure = (t: string): number => t.length * 7;
const stat = (id: string, count: number, active = true): SectorStat => ({ id, count, active });
const size = { width: 360, height: 200 };

describe('layoutSectorBars()', () => {
  const perSector = [
    stat('policy', 4),
    stat('digital', 10),
    stat('industry', 0),
    stat('training', 5, false),
  ];
  const layout = layoutSectorBars(perSector, size, { measure, label: (id) => id.toUpperCase() });

  it('sorts sectors by count, most first', () => {
    expect(layout.bars.map((b) => b.id)).toEqual(['digital', 'training', 'policy', 'industry']);
  });

  it('keeps the dataset order between sectors with the same count', () => {
    const l = layoutSectorBars([stat('b', 2), stat('a', 2), stat('c', 2)], size, { measure });
    expect(l.bars.map((b) => b.id)).toEqual(['b', 'a', 'c']);
  });

  it('makes bar widths proportional to counts, the largest filling the bar area', () => {
    const w = Object.fromEntries(layout.bars.map((b) => [b.id, b.w]));
    expect(w.digital).toBeCloseTo(layout.barMax, 9);
    expect(w.training! / w.digital!).toBeCloseTo(0.5, 9);
    expect(w.policy! / w.digital!).toBeCloseTo(0.4, 9);
    expect(w.industry).toBe(0);
  });

  it('keeps filtered-out sectors, flagged inactive, without changing the scale', () => {
    expect(layout.bars.find((b) => b.id === 'training')).toMatchObject({ active: false, value: 5 });
    const allOn = layoutSectorBars(
      perSector.map((s) => ({ ...s, active: true })),
      size,
      { measure, label: (id) => id.toUpperCase() },
    );
    expect(allOn.bars.map((b) => b.w)).toEqual(layout.bars.map((b) => b.w));
  });

  it('writes the count just past each bar end, and the bars and counts fit the width', () => {
    for (const b of layout.bars) {
      expect(b.valueLabel.text).toBe(String(b.value));
      expect(b.valueLabel.x).toBeCloseTo(b.x + b.w + 4, 9);
      expect(b.valueLabel.x + measure(b.valueLabel.text)).toBeLessThanOrEqual(size.width);
    }
  });

  it('labels each bar with its sector name, right-aligned before the bar', () => {
    const b = layout.bars[0]!;
    expect(b.label).toMatchObject({ text: 'DIGITAL', anchor: 'end' });
    expect(b.label.x).toBeLessThan(b.x);
    expect(b.truncated).toBe(false);
  });

  it('moves every label above its bar when one name would not fit beside the bars', () => {
    const long = 'Pharmaceuticals, medical devices and cosmetics';
    const l = layoutSectorBars(
      [stat('x', 3), stat('y', 1)],
      { width: 300, height: 200 },
      {
        measure,
        label: (id) => (id === 'x' ? long : 'Short'),
      },
    );
    expect(l.placement).toBe('above');
    const [x, y] = l.bars;
    expect(x!.label).toMatchObject({
      x: 0,
      anchor: 'start',
      text: truncateText(long, 300, measure),
    });
    expect(x!.label.y).toBeLessThan(x!.y);
    expect(x!.x).toBe(0);
    expect(x!.w).toBeGreaterThan(200);
    expect(y!.label.text).toBe('Short');
    expect(y!.label.y).toBeGreaterThan(x!.y + x!.h);
  });

  it('keeps labels beside the bars when they all fit', () => {
    expect(layout.placement).toBe('side');
  });

  it('stacks rows top to bottom without overlap and fits the requested height', () => {
    for (let i = 1; i < layout.bars.length; i++) {
      const prev = layout.bars[i - 1]!;
      expect(layout.bars[i]!.y).toBeGreaterThanOrEqual(prev.y + prev.h);
    }
    expect(layout.height).toBeLessThanOrEqual(size.height);
    expect(layout.height).toBe(layout.bars.length * layout.rowHeight);
  });

  it('returns no bars for no sectors and finite zero-width bars for NaN counts', () => {
    expect(layoutSectorBars([], size).bars).toEqual([]);
    const l = layoutSectorBars([stat('a', Number.NaN), stat('b', 0)], size, { measure });
    for (const b of l.bars) {
      expect(b.w).toBe(0);
      expect(b.value).toBe(0);
      expect(Number.isFinite(b.y)).toBe(true);
    }
  });
});
