import type { Filters } from './filters';
import { selectView } from './selectView';
import type { Selection } from './selection';
import type { Activity, Dataset, Iso3 } from './types';

/** How a partner country changed from period A to period B. */
export type CompareClass = 'new' | 'continued' | 'ended';

export const COMPARE_CLASSES: readonly CompareClass[] = ['new', 'continued', 'ended'];

export interface PartnerChange {
  readonly iso3: Iso3;
  readonly cls: CompareClass;
  /** Activities reaching the country in period A and in period B. */
  readonly countA: number;
  readonly countB: number;
}

export interface Comparison {
  /** Period A's selection: the same filters with A's year range. */
  readonly a: Selection;
  /** Period B's selection: the current year range. */
  readonly b: Selection;
  /** Every partner country of A or B, biggest change (|B − A|) first, then by ISO3. */
  readonly changes: readonly PartnerChange[];
  readonly counts: Readonly<Record<CompareClass, number>>;
}

const memo = new WeakMap<Selection, Map<string, Comparison>>();

function classOf(countA: number, countB: number): CompareClass {
  if (countA === 0) return 'new';
  return countB === 0 ? 'ended' : 'continued';
}

/**
 * Compares period A (`periodA`, with every other filter of `filters`) with period B (`filters`'
 * own year range), per partner country (SPEC §3 `Compare periods`): `new` = in B only,
 * `continued` = in both, `ended` = in A only. Memoised per (B selection, A period).
 */
export function comparePeriods(
  dataset: Dataset,
  filters: Filters,
  periodA: { readonly from: number; readonly to: number },
): Comparison {
  const b = selectView(dataset, filters);
  const key = `${periodA.from}-${periodA.to}`;
  let perB = memo.get(b);
  const hit = perB?.get(key);
  if (hit) return hit;
  const a = selectView(dataset, { ...filters, from: periodA.from, to: periodA.to });
  const countsA = new Map(a.partners.map((p) => [p.iso3, p.count]));
  const countsB = new Map(b.partners.map((p) => [p.iso3, p.count]));
  const isos = new Set([...countsA.keys(), ...countsB.keys()]);
  const changes: PartnerChange[] = [...isos].map((iso3) => {
    const countA = countsA.get(iso3) ?? 0;
    const countB = countsB.get(iso3) ?? 0;
    return { iso3, cls: classOf(countA, countB), countA, countB };
  });
  changes.sort(
    (x, y) =>
      Math.abs(y.countB - y.countA) - Math.abs(x.countB - x.countA) ||
      (x.iso3 < y.iso3 ? -1 : x.iso3 > y.iso3 ? 1 : 0),
  );
  const counts: Record<CompareClass, number> = { new: 0, continued: 0, ended: 0 };
  for (const c of changes) counts[c.cls]++;
  const result: Comparison = { a, b, changes, counts };
  if (!perB) {
    perB = new Map();
    memo.set(b, perB);
  }
  perB.set(key, result);
  return result;
}

/**
 * The activities of either period, by date then id, and which period each falls in (`A`, `B`, or
 * `A; B` for one that spans both): the rows of a comparison's CSV.
 */
export function activitiesOfPeriods(c: Comparison): {
  readonly activities: readonly Activity[];
  readonly periodOf: (activity: Activity) => string;
} {
  const inA = new Set(c.a.activities.map((a) => a.id));
  const inB = new Set(c.b.activities.map((a) => a.id));
  const activities = [...c.b.activities, ...c.a.activities.filter((a) => !inB.has(a.id))].sort(
    (x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0),
  );
  const periodOf = (a: Activity): string =>
    inA.has(a.id) && inB.has(a.id) ? 'A; B' : inA.has(a.id) ? 'A' : 'B';
  return { activities, periodOf };
}
