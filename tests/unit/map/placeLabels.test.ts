import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelBox } from '../../../src/map/placeLabels';

const view = { width: 400, height: 300, gap: 0 };

function box(
  id: string,
  x: number,
  y: number,
  priority: number,
  width = 60,
  height = 14,
): LabelBox {
  return { id, x, y, width, height, priority };
}

describe('placeLabels()', () => {
  it('keeps the label with the higher priority when two overlap', () => {
    const placed = placeLabels([box('small', 100, 100, 1), box('big', 110, 104, 9)], view);
    expect([...placed.keys()]).toEqual(['big']);
  });

  it('keeps labels that do not overlap, at their points', () => {
    const placed = placeLabels([box('a', 100, 100, 1), box('b', 250, 100, 1)], view);
    expect(placed.get('a')).toEqual({ x: 100, y: 100 });
    expect(placed.get('b')).toEqual({ x: 250, y: 100 });
  });

  it('breaks priority ties by id so placement is stable', () => {
    const placed = placeLabels([box('zz', 100, 100, 5), box('aa', 105, 100, 5)], view);
    expect([...placed.keys()]).toEqual(['aa']);
  });

  it('hides labels whose point is outside the view and nudges edge labels inside', () => {
    const placed = placeLabels([box('out', -5, 100, 9), box('edge', 395, 100, 9)], view);
    expect(placed.has('out')).toBe(false);
    expect(placed.get('edge')).toEqual({ x: 370, y: 100 });
  });

  it('keeps labels clear of obstacles such as the legend', () => {
    const placed = placeLabels([box('under', 50, 280, 9), box('free', 200, 150, 1)], {
      ...view,
      obstacles: [{ x: 0, y: 250, width: 150, height: 50 }],
    });
    expect([...placed.keys()]).toEqual(['free']);
  });

  it('keeps the gap between labels', () => {
    const boxes = [box('a', 100, 100, 2), box('b', 163, 100, 1)];
    expect(placeLabels(boxes, { ...view, gap: 0 }).size).toBe(2);
    expect(placeLabels(boxes, { ...view, gap: 2 }).size).toBe(1);
  });

  it('ignores boxes with NaN coordinates and returns nothing for no boxes', () => {
    expect(placeLabels([box('nan', Number.NaN, 10, 1)], view).size).toBe(0);
    expect(placeLabels([], view).size).toBe(0);
  });
});
