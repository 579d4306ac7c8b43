import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { markAttrs } from '../../../src/charts/markAttrs';
import { moveMarks, type Mark, type MarksState } from '../../../src/charts/moveMarks';
import type { Frame } from '../../../src/charts/tweenFrame';

/** Animation frames waiting to run, by request id. */
const pending = new Map<number, FrameRequestCallback>();
let nextId = 1;

/** Runs the waiting animation frames at time `now`, ms. */
function frameAt(now: number): void {
  const due = [...pending.values()];
  pending.clear();
  for (const cb of due) cb(now);
}

/** Runs animation frames every 20 ms from `start` to `end`, ms, both included. */
function framesFrom(start: number, end: number): void {
  for (let now = start; now <= end; now += 20) frameAt(now);
}

/** A rect mark `a` whose node records what is written to it. */
function rectMark(): { mark: Mark; attrs: Map<string, string>; writes: string[] } {
  const attrs = new Map<string, string>();
  const writes: string[] = [];
  const node = {
    setAttribute(name: string, value: string) {
      attrs.set(name, value);
      writes.push(`${name}=${value}`);
    },
  };
  return { mark: { key: 'a', draw: markAttrs.rect, node, written: new Map() }, attrs, writes };
}

/** One bar, `[x, y, w, h]`. */
const bar = (w: number): Frame => new Map([['a', [0, 10, w, 50]]]);

const options = { disabled: false, duration: 400 };

beforeEach(() => {
  vi.useFakeTimers();
  pending.clear();
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
    pending.set(nextId, cb);
    return nextId++;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => pending.delete(id));
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('moveMarks()', () => {
  it('jumps to a target that only changes the size: nothing written, nothing scheduled', () => {
    const { mark, writes } = rectMark();
    const data = ['2019', '2020'];
    const first = bar(100);
    const state: MarksState = { frame: first, goal: first, data };
    const wider = bar(200);

    expect(moveMarks(new Set([mark]), state, wider, { ...options, data })).toBeUndefined();

    expect(state.frame).toBe(wider);
    expect(pending.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    framesFrom(0, 1000);
    vi.advanceTimersByTime(1000);
    expect(writes).toEqual([]);
  });

  it('tweens to a target with new data: old width first, halfway at 200 ms, exact at 400 ms', () => {
    const { mark, attrs } = rectMark();
    const first = bar(100);
    const state: MarksState = { frame: first, goal: first, data: ['2019'] };
    const target = bar(200);

    const cancel = moveMarks(new Set([mark]), state, target, { ...options, data: ['2020'] });

    expect(cancel).toBeTypeOf('function');
    expect(attrs.get('width')).toBe('100');
    framesFrom(0, 200);
    expect(attrs.get('width')).toBe('150');
    expect(state.frame).not.toBe(target);
    framesFrom(220, 400);
    expect(attrs.get('width')).toBe('200');
    expect(state.frame).toBe(target);
    expect(pending.size).toBe(0);
  });

  it('lands at once on a new size that arrives in the middle of a tween', () => {
    const { mark, attrs } = rectMark();
    const first = bar(100);
    const data = ['2020'];
    const state: MarksState = { frame: first, goal: first, data: ['2019'] };
    const cancel = moveMarks(new Set([mark]), state, bar(200), { ...options, data });
    framesFrom(0, 200);
    expect(attrs.get('width')).toBe('150');
    cancel?.();

    const wider = bar(300);
    expect(moveMarks(new Set([mark]), state, wider, { ...options, data })).toBeUndefined();

    expect(attrs.get('width')).toBe('300');
    expect(state.frame).toBe(wider);
    expect(pending.size).toBe(0);
  });

  it('carries on towards the same target when called again with it mid-way', () => {
    const { mark, attrs } = rectMark();
    const first = bar(100);
    const data = ['2020'];
    const target = bar(200);
    const state: MarksState = { frame: first, goal: first, data: ['2019'] };
    moveMarks(new Set([mark]), state, target, { ...options, data })?.();

    const cancel = moveMarks(new Set([mark]), state, target, { ...options, data });

    expect(cancel).toBeTypeOf('function');
    framesFrom(0, 200);
    expect(attrs.get('width')).toBe('150');
  });

  it('jumps to new data too when disabled (prefers-reduced-motion)', () => {
    const { mark, writes } = rectMark();
    const first = bar(100);
    const state: MarksState = { frame: first, goal: first, data: ['2019'] };
    const target = bar(200);

    const cancel = moveMarks(new Set([mark]), state, target, {
      ...options,
      disabled: true,
      data: ['2020'],
    });

    expect(cancel).toBeUndefined();
    expect(state.frame).toBe(target);
    expect(writes).toEqual([]);
    expect(pending.size).toBe(0);
  });

  it('jumps to the figures of another dataset, and tweens between two selections of one', () => {
    const { mark, attrs, writes } = rectMark();
    const first = bar(100);
    const bundled = { title: 'bundled' };
    const opened = { title: 'opened' };
    const state: MarksState = { frame: first, goal: first, data: ['2019'], series: bundled };
    const target = bar(200);

    const cancel = moveMarks(new Set([mark]), state, target, {
      ...options,
      data: ['2000'],
      series: opened,
    });

    expect(cancel).toBeUndefined();
    expect(state.frame).toBe(target);
    expect(writes).toEqual([]);
    expect(pending.size).toBe(0);

    // Within the opened dataset, new figures move again.
    moveMarks(new Set([mark]), state, bar(300), { ...options, data: ['2001'], series: opened });
    framesFrom(0, 200);
    expect(attrs.get('width')).toBe('250');
  });

  it('lands on the target by the timer when animation frames stop (background tab)', () => {
    const { mark, attrs } = rectMark();
    const first = bar(100);
    const state: MarksState = { frame: first, goal: first, data: ['2019'] };
    const target = bar(200);

    moveMarks(new Set([mark]), state, target, { ...options, data: ['2020'] });
    vi.advanceTimersByTime(949);
    expect(attrs.get('width')).toBe('100');
    vi.advanceTimersByTime(1);

    expect(attrs.get('width')).toBe('200');
    expect(state.frame).toBe(target);
  });
});
