/**
 * SVG attributes of a mark drawn from its geometry `geom` (a tweened frame entry) and its
 * resting geometry `goal`. Used both in JSX (with `geom = goal`) and by the tween, which
 * writes them to the node on each animation frame, so the two always agree.
 */
export type DrawMark = (
  geom: readonly number[],
  goal: readonly number[],
) => Readonly<Record<string, number | string>>;

function at(g: readonly number[], i: number): number {
  return g[i] ?? 0;
}

/** Width of a row's bar: `geom[1]`, never negative. */
function barWidth(geom: readonly number[]): number {
  return Math.max(0, at(geom, 1));
}

/** Part of a partner row's bar for direct activities: `geom[3]`, within the bar. */
function directWidth(geom: readonly number[]): number {
  return Math.min(barWidth(geom), Math.max(0, at(geom, 3)));
}

/**
 * The marks the charts animate. Year bars are `[x, y, w, h]` and their labels `[x, y]`;
 * sector and partner rows are `[rowY, w, x]`, partner rows then `directW` (px).
 */
export const markAttrs = {
  /** A rect from `[x, y, w, h]`; negative sizes read as 0. */
  rect: (geom) => ({
    x: at(geom, 0),
    y: at(geom, 1),
    width: Math.max(0, at(geom, 2)),
    height: Math.max(0, at(geom, 3)),
  }),
  /** A text anchor from `[x, y]`. */
  point: (geom) => ({ x: at(geom, 0), y: at(geom, 1) }),
  /** A row's group, shifted from its resting row by the tweened row top. */
  row: (geom, goal) => ({ transform: `translate(0,${at(geom, 0) - at(goal, 0)})` }),
  /** A row's bar. */
  bar: (geom) => ({ width: barWidth(geom) }),
  /** The count written 4 px past a row's bar end. */
  value: (geom, goal) => ({ x: at(goal, 2) + barWidth(geom) + 4 }),
  /** A partner bar's direct part, from the bar's start. */
  direct: (geom) => ({ width: directWidth(geom) }),
  /** A partner bar's part reached only through a group, after the direct part. */
  via: (geom, goal) => ({
    x: at(goal, 2) + directWidth(geom),
    width: barWidth(geom) - directWidth(geom),
  }),
  /** The outline around the selected partner's bar. */
  outline: (geom) => ({ width: barWidth(geom) + 1.5 }),
} satisfies Record<string, DrawMark>;
