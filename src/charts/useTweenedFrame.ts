import { useCallback, useEffect, useRef, useState } from 'react';
import { easeCubicInOut, tweenFrame, type EnterFrom, type Frame } from './tweenFrame';

export interface TweenOptions {
  /** Snap to every new target at once (prefers-reduced-motion). */
  readonly disabled: boolean;
  /** @defaultValue 400 ms */
  readonly duration?: number;
  /** Starting geometry of marks that appear. Keep it stable (module-level or memoised). */
  readonly enter?: EnterFrom;
}

/**
 * Animates mark geometry towards `target` (memoise it: a new Map restarts the animation)
 * with requestAnimationFrame and a cubic ease, and returns a getter for a mark's current
 * geometry. A timer lands on the exact target shortly after `duration` even if frames
 * stall (background tab), so clicks and tests always meet the final geometry.
 */
export function useTweenedFrame(
  target: Frame,
  { disabled, duration = 400, enter }: TweenOptions,
): (key: string) => readonly number[] | undefined {
  const [shown, setShown] = useState<Frame>(target);
  const shownRef = useRef<Frame>(target);

  useEffect(() => {
    const land = (): void => {
      shownRef.current = target;
      setShown(target);
    };
    if (disabled || typeof requestAnimationFrame !== 'function' || shownRef.current === target) {
      land();
      return undefined;
    }
    const from = shownRef.current;
    let start: number | null = null;
    let raf = 0;
    const tick = (now: number): void => {
      start ??= now;
      const t = (now - start) / duration;
      if (t >= 1) {
        land();
        return;
      }
      const next = tweenFrame(from, target, easeCubicInOut(t), enter);
      shownRef.current = next;
      setShown(next);
      raf = requestAnimationFrame(tick);
    };
    raf = requestAnimationFrame(tick);
    const timer = setTimeout(() => {
      cancelAnimationFrame(raf);
      land();
    }, duration + 150);
    return () => {
      cancelAnimationFrame(raf);
      clearTimeout(timer);
    };
  }, [target, disabled, duration, enter]);

  return useCallback(
    (key: string) => {
      const goal = target.get(key);
      if (disabled || goal === undefined) return goal;
      return shown.get(key) ?? (enter ? enter(key, goal) : goal);
    },
    [target, shown, disabled, enter],
  );
}
