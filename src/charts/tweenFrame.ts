/** Numeric geometry of each mark, by the mark's key (e.g. `[x, y, w, h]`). */
export type Frame = ReadonlyMap<string, readonly number[]>;

/** Where a mark that is new in `to` starts from; defaults to its final geometry. */
export type EnterFrom = (key: string, to: readonly number[]) => readonly number[];

/** Cubic ease-in-out on 0–1. */
export function easeCubicInOut(t: number): number {
  const c = Math.min(1, Math.max(0, t));
  return c < 0.5 ? 4 * c * c * c : 1 - (-2 * c + 2) ** 3 / 2;
}

/**
 * The frame at eased progress `t` (0–1) from `from` to `to`: keys of `to` only (marks
 * that leave disappear at once), new keys start from `enter`. `t >= 1` returns `to`
 * itself, so the final geometry is exact.
 */
export function tweenFrame(from: Frame, to: Frame, t: number, enter?: EnterFrom): Frame {
  if (!(t < 1)) return to;
  const out = new Map<string, readonly number[]>();
  for (const [key, b] of to) {
    const a = from.get(key) ?? (enter ? enter(key, b) : b);
    out.set(
      key,
      b.map((v, i) => {
        const s = a[i] ?? v;
        return s + (v - s) * t;
      }),
    );
  }
  return out;
}
