import type { Problem } from '../../data/types';

/** A scenes file larger than this is refused before it is read. */
export const SCENES_FILE_MAX_MB = 5;

/** A message about scenes or slides, kept as data so it follows the UI language. */
export type ScenesNotice =
  | { readonly what: 'stored-corrupt'; readonly problems: readonly Problem[] }
  | { readonly what: 'not-stored' }
  | {
      readonly what: 'import-invalid';
      readonly name: string;
      readonly problems: readonly Problem[];
    }
  | { readonly what: 'file-too-big'; readonly name: string }
  | { readonly what: 'imported'; readonly name: string; readonly count: number }
  | { readonly what: 'link-invalid'; readonly problems: readonly Problem[] }
  | { readonly what: 'link-opened'; readonly count: number }
  | { readonly what: 'slides-failed' };

/** Errors interrupt (role alert); confirmations are polite. */
export function scenesNoticeIsError(n: ScenesNotice): boolean {
  return n.what !== 'imported' && n.what !== 'link-opened';
}
