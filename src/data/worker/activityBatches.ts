import type { Activity } from '../types';

/**
 * A batch of activities as it crosses from the worker to the page: the activities without their
 * quotes, and the quotes joined in one string with where each ends.
 *
 * Why: quotes are most of a large dataset's bytes. Sent inside each activity they arrive as
 * 100 000 separate strings that the page's young-generation collector copies, all of them live,
 * in pauses of hundreds of ms. One string per batch is allocated where large objects go (never
 * copied), and each quote read back from it with `slice` is a small view into it.
 */
export interface PackedActivities {
  readonly type: 'activities';
  readonly items: readonly Activity[];
  readonly quotes: string;
  /** `quotes.slice(ends[k - 1] ?? 0, ends[k])` is item k's quote. */
  readonly quoteEnds: Int32Array<ArrayBuffer>;
}

/** `activities` as one batch message (its `quoteEnds` buffer can be transferred). */
export function packActivities(activities: readonly Activity[]): PackedActivities {
  const quoteEnds = new Int32Array(activities.length);
  let end = 0;
  const items = activities.map((a, k) => {
    end += a.quote.length;
    quoteEnds[k] = end;
    return { ...a, quote: '' };
  });
  return { type: 'activities', items, quotes: activities.map((a) => a.quote).join(''), quoteEnds };
}

/**
 * One instance of each repeated value (type, status, dates and date notes, partner and sector
 * ids, actors, source, currency) across the batches of one file.
 *
 * Why: a message arrives with its own copy of every string, so 100 000 activities bring about
 * 800 000 copies of a few thousand values. Kept, they are copied by each young-generation
 * collection like the activities themselves; swapped for the pooled instance, they die young.
 */
export type StringPool = Map<string, string>;

function pooled(pool: StringPool, value: string): string {
  const kept = pool.get(value);
  if (kept !== undefined) return kept;
  pool.set(value, value);
  return value;
}

function poolAll(pool: StringPool, values: readonly string[]): void {
  const list = values as string[];
  list.forEach((value, k) => {
    list[k] = pooled(pool, value);
  });
}

type Received = { -readonly [K in keyof Activity]: Activity[K] };

/** Swaps `a`'s repeated values for the pool's instances, in place. */
function shareRepeatedValues(a: Received, pool: StringPool): void {
  a.type = pooled(pool, a.type) as Activity['type'];
  a.status = pooled(pool, a.status) as Activity['status'];
  a.date = pooled(pool, a.date);
  if (a.end !== undefined) a.end = pooled(pool, a.end);
  if (a.dateNote !== undefined) a.dateNote = pooled(pool, a.dateNote);
  if (a.amount) (a.amount as { currency: string }).currency = pooled(pool, a.amount.currency);
  a.source = pooled(pool, a.source);
  poolAll(pool, a.partners);
  poolAll(pool, a.sectors);
  poolAll(pool, a.actors.korea);
  poolAll(pool, a.actors.partner);
}

/** Appends a batch's activities, each with its quote back, to `into`. */
export function unpackActivities(
  batch: PackedActivities,
  into: Activity[],
  pool: StringPool = new Map(),
): void {
  let start = 0;
  batch.items.forEach((item, k) => {
    const end = batch.quoteEnds[k] ?? start;
    // The batch was made for this page alone: changing its activities in place allocates nothing.
    const a = item as Received;
    a.quote = batch.quotes.slice(start, end);
    shareRepeatedValues(a, pool);
    into.push(item);
    start = end;
  });
}
