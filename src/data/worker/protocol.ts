import type { ImportReport } from '../formats/report';
import type { Activity, Dataset, Iso3, Problem } from '../types';

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
 * Worker → page. A loaded dataset travels as `activities` batches and then `loaded` with the
 * rest, so no single message takes the page long to receive.
 */
export type WorkerMessage =
  | { readonly type: 'progress'; readonly fraction: number }
  | { readonly type: 'activities'; readonly items: readonly Activity[] }
  | { readonly type: 'outcome'; readonly outcome: OpenOutcome };

/** Activities per `activities` message. */
export const BATCH = 5000;
