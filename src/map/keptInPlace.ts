/**
 * Indices into `order` of the elements to leave where they are: the longest run, in `order`'s
 * order, whose positions in `before` increase. Moving only the others gives `order` with the
 * fewest moves (a filter change reorders a few labels; re-appending all re-created every label's
 * layout).
 */
export function keptInPlace<T>(order: readonly T[], before: readonly T[]): Set<number> {
  const at = new Map(before.map((el, i) => [el, i]));
  const pos = order.map((el) => at.get(el) ?? -1);
  /** tails[k]: index in `order` of the smallest tail of an increasing run of length k + 1. */
  const tails: number[] = [];
  const prev: number[] = [];
  pos.forEach((p, i) => {
    if (p < 0) return;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((pos[tails[mid] ?? 0] ?? 0) < p) lo = mid + 1;
      else hi = mid;
    }
    prev[i] = lo > 0 ? (tails[lo - 1] ?? -1) : -1;
    tails[lo] = i;
  });
  const kept = new Set<number>();
  for (let i = tails[tails.length - 1] ?? -1; i >= 0; i = prev[i] ?? -1) kept.add(i);
  return kept;
}
