import { describe, expect, it } from 'vitest';
import { markAttrs } from '../../../src/charts/markAttrs';

describe('markAttrs', () => {
  it('rect() draws [x, y, w, h] and reads negative or missing sizes as 0', () => {
    expect(markAttrs.rect([1, 2, 3, 4])).toEqual({ x: 1, y: 2, width: 3, height: 4 });
    expect(markAttrs.rect([1, 2, -3, -0.5])).toEqual({ x: 1, y: 2, width: 0, height: 0 });
    expect(markAttrs.rect([])).toEqual({ x: 0, y: 0, width: 0, height: 0 });
  });

  it('point() places a text anchor at [x, y]', () => {
    expect(markAttrs.point([7, 9])).toEqual({ x: 7, y: 9 });
  });

  it('row() shifts a row by its tweened top, and not at all at rest', () => {
    expect(markAttrs.row([30, 5, 10], [40, 5, 10])).toEqual({ transform: 'translate(0,-10)' });
    expect(markAttrs.row([40, 5, 10], [40, 5, 10])).toEqual({ transform: 'translate(0,0)' });
  });

  it('bar() and value() follow the tweened width from the resting bar start', () => {
    expect(markAttrs.bar([0, 25, 10])).toEqual({ width: 25 });
    expect(markAttrs.bar([0, -5, 10])).toEqual({ width: 0 });
    expect(markAttrs.value([0, 25, 99], [0, 50, 10])).toEqual({ x: 39 });
    expect(markAttrs.value([0, Number.NaN, 10], [0, 50, 10]).x).toBeNaN();
  });

  it('direct() and via() split a partner bar within its width', () => {
    const goal = [0, 40, 10, 30];
    expect(markAttrs.direct(goal)).toEqual({ width: 30 });
    expect(markAttrs.via(goal, goal)).toEqual({ x: 40, width: 10 });
    const over = [0, 20, 10, 30];
    expect(markAttrs.direct(over)).toEqual({ width: 20 });
    expect(markAttrs.via(over, goal)).toEqual({ x: 30, width: 0 });
    expect(markAttrs.outline(goal)).toEqual({ width: 41.5 });
  });
});
