import { useCallback, useLayoutEffect, useRef, useState, type RefCallback } from 'react';
import type { DrawMark } from './markAttrs';
import { easeCubicInOut, tweenFrame, type EnterFrom, type Frame } from './tweenFrame';

/** Registers a node as the mark `key`, drawn by `draw` on each frame of the tween. */
export type TweenRef = (key: string, draw: DrawMark) => RefCallback<Element>;

export interface TweenOptions {
  /** Snap to every new target at once (prefers-reduced-motion). */
  readonly disabled: boolean;
  /** @defaultValue 400 ms */
  readonly duration?: number;
  /** Starting geometry of marks that appear. Keep it stable (module-level or memoised). */
  readonly enter?: EnterFrom;
}

/**
 * Most a single animation frame advances the tween, ms: after a stalled frame (the map's
 * first redraw after a filter change can take 200 ms here) the animation carries on from
 * where it was instead of jumping most of the way.
 */
const MAX_FRAME_STEP = 34;

interface Mark {
  readonly key: string;
  readonly draw: DrawMark;
  readonly node: Element;
  /** Attribute values this hook last wrote, to skip unchanged ones within one animation. */
  readonly written: Map<string, string>;
}

/**
 * Writes each mark's attributes for `frame` (falling back to `goal`) onto its node, skipping
 * values it wrote last time unless `fresh` (React may have rewritten them since).
 */
function paint(marks: ReadonlySet<Mark>, frame: Frame, goal: Frame, fresh: boolean): void {
  for (const { key, draw, node, written } of marks) {
    const to = goal.get(key);
    if (to === undefined) continue;
    if (fresh) written.clear();
    for (const [name, value] of Object.entries(draw(frame.get(key) ?? to, to))) {
      const text = String(value);
      if (written.get(name) === text) continue;
      written.set(name, text);
      node.setAttribute(name, text);
    }
  }
}

/**
 * Animates marks towards `target` (memoise it: a new Map restarts the animation) with a
 * cubic ease. React renders every mark at its resting geometry (`draw(goal, goal)`) and
 * stays the source of truth; this hook only writes the in-between attributes to the nodes
 * registered through the returned `ref(key, draw)`, in a requestAnimationFrame loop, so a
 * frame costs one pass over the marks and no React render. The first frame is written
 * before paint, and the exact resting attributes are written when the animation ends, is
 * cut short or is disabled. A frame advances the animation by at most `MAX_FRAME_STEP`, so
 * a stall does not eat it; a timer lands on the exact target after `2 × duration + 150` ms
 * even if frames stop (background tab), so clicks and tests always meet the final geometry.
 */
export function useTweenedMarks(
  target: Frame,
  { disabled, duration = 400, enter }: TweenOptions,
): TweenRef {
  const [marks] = useState(() => new Set<Mark>());
  const [refs] = useState(() => new Map<DrawMark, Map<string, RefCallback<Element>>>());
  const shown = useRef<Frame>(target);

  useLayoutEffect(() => {
    const land = (): void => {
      shown.current = target;
      paint(marks, target, target, false);
    };
    if (shown.current === target) return undefined;
    if (disabled || typeof requestAnimationFrame !== 'function') {
      shown.current = target;
      paint(marks, target, target, true);
      return undefined;
    }
    const from = shown.current;
    const step = (t: number, fresh: boolean): void => {
      const frame = tweenFrame(from, target, easeCubicInOut(t), enter);
      shown.current = frame;
      paint(marks, frame, target, fresh);
    };
    step(0, true);
    let last: number | null = null;
    let elapsed = 0;
    let raf = 0;
    const tick = (now: number): void => {
      elapsed += Math.min(MAX_FRAME_STEP, Math.max(0, now - (last ?? now)));
      last = now;
      const t = elapsed / duration;
      if (t >= 1) {
        land();
        return;
      }
      step(t, false);
      raf = requestAnimationFrame(tick);
    };
    raf = requestAnimationFrame(tick);
    const timer = setTimeout(
      () => {
        cancelAnimationFrame(raf);
        land();
      },
      2 * duration + 150,
    );
    return () => {
      cancelAnimationFrame(raf);
      clearTimeout(timer);
    };
  }, [target, disabled, duration, enter, marks]);

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
