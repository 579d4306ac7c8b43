import { useCallback, useLayoutEffect, useState, type RefCallback } from 'react';
import type { DrawMark } from './markAttrs';
import { moveMarks, type Mark, type MarksState } from './moveMarks';
import type { EnterFrom, Frame } from './tweenFrame';

/** Registers a node as the mark `key`, drawn by `draw` on each frame of the tween. */
export type TweenRef = (key: string, draw: DrawMark) => RefCallback<Element>;

export interface TweenOptions {
  /** Snap to every new target at once (prefers-reduced-motion). */
  readonly disabled: boolean;
  /** @defaultValue 400 ms */
  readonly duration?: number;
  /** Starting geometry of marks that appear. Keep it stable (module-level or memoised). */
  readonly enter?: EnterFrom;
  /**
   * What the marks show (memoise it, e.g. the selection's rows): the marks tween only to a
   * target that comes with new `data`, and jump to one that only resizes or rewords them.
   */
  readonly data: unknown;
  /** What `data` belongs to (the dataset): the marks jump to a target from another. */
  readonly series?: unknown;
}

/**
 * Animates marks towards `target` (memoise it: a new Map moves the marks) with a cubic ease
 * when `data` changes with it, and jumps there when only the size changed (see `moveMarks`).
 * React renders every mark at its resting geometry (`draw(goal, goal)`) and stays the source
 * of truth; this hook only writes the in-between attributes to the nodes registered through
 * the returned `ref(key, draw)`, in a requestAnimationFrame loop, so a frame costs one pass
 * over the marks and no React render. The first frame is written before paint, and the exact
 * resting attributes are written when the animation ends, is cut short or is disabled.
 */
export function useTweenedMarks(
  target: Frame,
  { disabled, duration = 400, enter, data, series }: TweenOptions,
): TweenRef {
  const [marks] = useState(() => new Set<Mark>());
  const [refs] = useState(() => new Map<DrawMark, Map<string, RefCallback<Element>>>());
  const [state] = useState<MarksState>(() => ({
    frame: target,
    goal: target,
    data,
    series,
  }));

  useLayoutEffect(
    () => moveMarks(marks, state, target, { disabled, duration, enter, data, series }),
    [marks, state, target, disabled, duration, enter, data, series],
  );

  return useCallback(
    (key: string, draw: DrawMark) => {
      let byKey = refs.get(draw);
      if (!byKey) {
        byKey = new Map();
        refs.set(draw, byKey);
      }
      let ref = byKey.get(key);
      if (!ref) {
        ref = (node) => {
          if (!node) return undefined;
          const mark: Mark = { key, draw, node, written: new Map() };
          marks.add(mark);
          return () => {
            marks.delete(mark);
          };
        };
        byKey.set(key, ref);
      }
      return ref;
    },
    [marks, refs],
  );
}
