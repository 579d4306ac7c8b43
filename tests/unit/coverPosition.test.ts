import { describe, expect, it } from 'vitest';
import { coverPosition } from '../../src/ui/slides/coverPosition';

// A 1000 × 800 map picture covering a 2000 × 800 box: scaled ×2 to 2000 × 1600, so 800 of its
// 1600 rows are cut off and only the vertical position matters.
const picture = { width: 1000, height: 800 };
const box = { width: 2000, height: 800 };

describe('where a covering map picture is cropped', () => {
  it('keeps the middle when the focus is the middle', () => {
    expect(coverPosition(picture, box, { x: 500, y: 400 })).toEqual({ x: 50, y: 50 });
  });

  it('moves up to a focus in the upper part', () => {
    // Focus at y = 300 → 600 scaled; to sit at 400 the picture moves up by 200 of 800 spare: 25 %.
    expect(coverPosition(picture, box, { x: 500, y: 300 })).toEqual({ x: 50, y: 25 });
  });

  it('stops at the edge for a focus near the top or the bottom', () => {
    expect(coverPosition(picture, box, { x: 500, y: 10 })).toEqual({ x: 50, y: 0 });
    expect(coverPosition(picture, box, { x: 500, y: 790 })).toEqual({ x: 50, y: 100 });
  });

  it('crops the sides of a picture wider than the box', () => {
    // 1000 × 200 into 500 × 200: no scaling, 500 columns spare; focus 750 → 250 of 500: 100 %.
    expect(
      coverPosition({ width: 1000, height: 200 }, { width: 500, height: 200 }, { x: 750, y: 100 }),
    ).toEqual({ x: 100, y: 50 });
  });
});
