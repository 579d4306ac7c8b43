import { describe, expect, it } from 'vitest';
import { fitPadding } from '../../../src/map/fitPadding';

describe('fitPadding()', () => {
  it('pads about 8% of the smaller side, clamped to 12–64 px', () => {
    expect(fitPadding(1000, 500).left).toBe(40);
    expect(fitPadding(3000, 2000).left).toBe(64);
    expect(fitPadding(100, 100).left).toBe(12);
  });

  it('raises the bottom above the legend', () => {
    const legend = { x: 12, y: 640, width: 300, height: 110 };
    expect(fitPadding(800, 760, [legend]).bottom).toBe(136);
  });

  it('raises the bottom above the legend on a big map too, where the legend is small', () => {
    const legend = { x: 12, y: 780, width: 310, height: 110 };
    expect(fitPadding(1540, 900, [legend]).bottom).toBe(136);
  });

  it('lowers the top below a wide title card at the top', () => {
    const card = { x: 28, y: 24, width: 720, height: 300 };
    expect(fitPadding(1280, 1000, [card]).top).toBe(340);
  });

  it('pads beside a tall title card instead when asked to avoid it horizontally', () => {
    const card = { x: 28, y: 24, width: 400, height: 300 };
    const legend = { x: 12, y: 640, width: 300, height: 110 };
    const p = fitPadding(1280, 766, [card, legend], 'horizontal');
    expect(p.left).toBe(444);
    expect(p.bottom).toBe(142);
    expect(p.top).toBeLessThan(100);
  });

  it('ignores what the top padding already clears, such as the zoom buttons', () => {
    const buttons = { x: 1050, y: 12, width: 200, height: 34 };
    expect(fitPadding(1280, 760, [buttons])).toEqual(fitPadding(1280, 760));
  });

  it('never lets opposite sides take more than half the height or two thirds of the width', () => {
    const card = { x: 0, y: 0, width: 390, height: 300 };
    const legend = { x: 0, y: 250, width: 300, height: 170 };
    const p = fitPadding(390, 420, [card, legend]);
    expect(p.top + p.bottom).toBeLessThanOrEqual(210);
    expect(p.top).toBeGreaterThan(p.bottom);
    const wide = fitPadding(800, 600, [{ x: 0, y: 0, width: 700, height: 400 }], 'horizontal');
    expect(wide.left + wide.right).toBeLessThanOrEqual(528);
  });

  it('falls back to the minimum for zero or NaN sizes', () => {
    expect(fitPadding(0, 0)).toEqual({ top: 12, right: 12, bottom: 12, left: 12 });
    expect(fitPadding(Number.NaN, 500).left).toBe(12);
  });
});
