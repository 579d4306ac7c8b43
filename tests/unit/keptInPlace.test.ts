import { describe, expect, it } from 'vitest';
import { keptInPlace } from '../../src/map/keptInPlace';

/** Moves the items of `before` not kept, as the label layer does, and returns the result. */
function reorder(before: string[], order: string[]): { result: string[]; moved: number } {
  const kept = keptInPlace(order, before);
  const list = before.filter((x) => order.includes(x));
  let moved = 0;
  let next: string | null = null;
  for (let i = order.length - 1; i >= 0; i--) {
    const item = order[i]!;
    if (!kept.has(i)) {
      if (list.includes(item)) list.splice(list.indexOf(item), 1);
      list.splice(next === null ? list.length : list.indexOf(next), 0, item);
      moved++;
    }
    next = item;
  }
  return { result: list, moved };
}

describe('labels left in place when their order changes', () => {
  it('keeps all of an unchanged order', () => {
    expect([...keptInPlace(['a', 'b', 'c'], ['a', 'b', 'c'])].sort()).toEqual([0, 1, 2]);
  });

  it('moves one label that changed rank, and only it', () => {
    // d rose from last to first: a, b, c stay.
    expect(reorder(['a', 'b', 'c', 'd'], ['d', 'a', 'b', 'c'])).toEqual({
      result: ['d', 'a', 'b', 'c'],
      moved: 1,
    });
  });

  it('reverses a list with all but one moved', () => {
    expect(reorder(['a', 'b', 'c', 'd'], ['d', 'c', 'b', 'a'])).toEqual({
      result: ['d', 'c', 'b', 'a'],
      moved: 3,
    });
  });

  it('places new labels and leaves out gone ones', () => {
    // x is new (not in before), b is gone; a and c keep their order.
    expect(reorder(['a', 'b', 'c'], ['a', 'x', 'c']).result).toEqual(['a', 'x', 'c']);
  });
});
