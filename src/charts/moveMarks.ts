import type { DrawMark } from './markAttrs';
import { easeCubicInOut, tweenFrame, type EnterFrom, type Frame } from './tweenFrame';

/** A node registered as the mark `key`, drawn by `draw` while the marks move. */
export interface Mark {
  readonly key: string;
  readonly draw: DrawMark;
  readonly node: Pick<Element, 'setAttribute'>;
  /** Attribute values last written here, to skip unchanged ones within one animation. */
  readonly written: Map<string, string>;
}

/** Where the marks are, kept between calls of `moveMarks` (one object per chart). */
export interface MarksState {
  /** The geometry on screen: `goal` at rest, an in-between frame while moving. */
  frame: Frame;
  /** The geometry the marks rest at or move to. */
  goal: Frame;
  /** What `goal` shows (`MoveOptions.data`). */
  data: unknown;
  /** What `data` belongs to (`MoveOptions.series`). */
  series?: unknown;
}

export interface MoveOptions {
  /** Jump to every new target at once (prefers-reduced-motion). */
  readonly disabled: boolean;
  /** Length of the animation, ms. */
  readonly duration: number;
  /** Starting geometry of marks that appear. */
  readonly enter?: EnterFrom | undefined;
  /**
   * What the marks show, compared by identity: a target that comes with the same `data` is
   * only a new size or wording (the first measured width, a window resize, a language), and
   * the marks jump to it; a target with new `data` is new figures, and they tween.
   */
  readonly data: unknown;
  /**
   * What the figures belong to, compared by identity (the dataset): a target from another series
   * jumps, as there is no change between the two to show. A new dataset's bars tweening from the
   * old one's relaid every bar on each frame while the map drew the new data.
   */
  readonly series?: unknown;
}

/**
 * Most a single animation frame advances the tween, ms: after a stalled frame (the map's
 * first redraw after a filter change can take 200 ms here) the animation carries on from
 * where it was instead of jumping most of the way.
 */
const MAX_FRAME_STEP = 34;

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
 * Takes `marks` from where `state` has them to `target`, which React has just drawn them at,
 * and returns what cancels the animation, if one started.
 *
 * The marks tween, with a cubic ease, when `target` brings new `data` (or is the target they
 * were already moving to, as when an option changes). Otherwise they jump: marks at rest are
 * left as React drew them (no attribute written), marks caught mid-way get the exact target.
 * They also jump to a target of another `series`, when `disabled`, or without
 * requestAnimationFrame.
 *
 * A tween writes its first frame at once and one frame per animation frame after that, each
 * advancing it by at most `MAX_FRAME_STEP`, so a stall does not eat it; a timer lands on the
 * exact target after `2 × duration + 150` ms even if frames stop (background tab), so clicks
 * and tests always meet the final geometry.
 */
export function moveMarks(
  marks: ReadonlySet<Mark>,
  state: MarksState,
  target: Frame,
  { disabled, duration, enter, data, series }: MoveOptions,
): (() => void) | undefined {
  const from = state.frame;
  const atRest = from === state.goal;
  const sameGoal = target === state.goal;
  const newData = !Object.is(data, state.data);
  const newSeries = !Object.is(series, state.series);
  state.goal = target;
  state.data = data;
  state.series = series;
  if (from === target) return undefined;
  const land = (): void => {
    state.frame = target;
    paint(marks, target, target, false);
  };
  const jump = disabled || newSeries || !(newData || sameGoal);
  if (jump || typeof requestAnimationFrame !== 'function') {
    state.frame = target;
    if (!atRest) paint(marks, target, target, true);
    return undefined;
  }
  const step = (t: number, fresh: boolean): void => {
    const frame = tweenFrame(from, target, easeCubicInOut(t), enter);
    state.frame = frame;
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
}
