import type { Problem } from '../data/types';
import type { UrlProblem } from '../state/url';
import { scenesNoticeIsError, type ScenesNotice } from './scenes/scenesNotice';

/** A message for the user, kept as data so it follows the UI language. */
export type Notice =
  | { readonly kind: 'offline-copy-failed'; readonly detail: string }
  | { readonly kind: 'url'; readonly problems: readonly UrlProblem[] }
  | {
      readonly kind: 'dataset-too-large';
      readonly name: string;
      readonly size: number;
      readonly limit: string;
    }
  | { readonly kind: 'dataset-unreadable'; readonly name: string; readonly detail: string }
  | { readonly kind: 'data-download-failed' }
  | {
      readonly kind: 'dataset-invalid';
      readonly name: string;
      readonly problems: readonly Problem[];
    }
  | { readonly kind: 'dataset-not-json'; readonly name: string; readonly detail: string }
  | { readonly kind: 'bundled-invalid'; readonly problems: readonly Problem[] }
  | { readonly kind: 'opened'; readonly name: string }
  | { readonly kind: 'copied'; readonly ok: boolean }
  | { readonly kind: 'export-failed' }
  | { readonly kind: 'scenes'; readonly scenes: ScenesNotice };

export interface NoticeEntry {
  readonly id: number;
  readonly notice: Notice;
}

export function assertNever(x: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(x)}`);
}

/** Errors must interrupt (role alert); confirmations are polite (role status). */
export function isError(n: Notice): boolean {
  switch (n.kind) {
    case 'offline-copy-failed':
    case 'url':
    case 'dataset-too-large':
    case 'dataset-unreadable':
    case 'data-download-failed':
    case 'dataset-invalid':
    case 'dataset-not-json':
    case 'bundled-invalid':
    case 'export-failed':
      return true;
    case 'opened':
      return false;
    case 'copied':
      return !n.ok;
    case 'scenes':
      return scenesNoticeIsError(n.scenes);
    default:
      return assertNever(n);
  }
}
