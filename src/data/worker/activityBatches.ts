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

/** Appends a batch's activities, each with its quote back, to `into`. */
export function unpackActivities(batch: PackedActivities, into: Activity[]): void {
  let start = 0;
  batch.items.forEach((item, k) => {
    const end = batch.quoteEnds[k] ?? start;
    // The batch was made for this page alone: giving each its quote in place allocates nothing more.
    (item as { quote: string }).quote = batch.quotes.slice(start, end);
    into.push(item);
    start = end;
  });
}
