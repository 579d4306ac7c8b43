import type { ImportReport } from '../formats/report';
import type { Dataset, Iso3, Problem } from '../types';
import type { PackedActivities } from './activityBatches';

/** What the page asks the worker: open this file (with this home country, for IATI). */
export interface OpenRequest {
  readonly file: File;
  readonly home?: Iso3;
}

/** How opening a file ended. */
export type OpenOutcome =
  | { readonly kind: 'loaded'; readonly dataset: Dataset; readonly report?: ImportReport }
  /** An IATI file whose reporting organisation names no country: the page asks for the home country. */
  | { readonly kind: 'need-home'; readonly reportingOrg: string }
  | { readonly kind: 'too-large'; readonly size: number }
  | { readonly kind: 'not-json'; readonly detail: string }
  /** Not a spreadsheet or not well-formed XML: the reader's own words. */
  | { readonly kind: 'unreadable'; readonly detail: string }
  | { readonly kind: 'invalid'; readonly problems: readonly Problem[] };

/**
 * Worker → page. A loaded dataset travels as `activities` batches (`packActivities`) and then its outcome with the
 * rest, so no single message takes the page long to receive (each is deserialised in a task of
 * its own); with it comes `order`, the activities' positions oldest first, sorted in the worker
 * so the page's index need not sort (`indexDatasetInSteps`).
 */
export type WorkerMessage =
  | { readonly type: 'progress'; readonly fraction: number }
  | PackedActivities
  | { readonly type: 'outcome'; readonly outcome: OpenOutcome; readonly order?: Int32Array };

/**
 * About how many bytes of the file one `activities` message carries: the page deserialises about
 * this much JSON's worth of objects in one task (a few ms; 5 MB took 100 ms and more).
 */
export const BATCH_BYTES = 256 * 1024;

/** Activities per `activities` message for a file of `bytes` holding `count` activities. */
export function batchSize(bytes: number, count: number): number {
  const perActivity = Math.max(1, bytes / Math.max(1, count));
  return Math.min(5000, Math.max(50, Math.floor(BATCH_BYTES / perActivity)));
}
