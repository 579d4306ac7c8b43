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
  /** `replaced`: how many of the browser's own scenes the file's took the place of. */
  | {
      readonly what: 'imported';
      readonly name: string;
      readonly count: number;
      readonly replaced: number;
    }
  | { readonly what: 'link-invalid'; readonly problems: readonly Problem[] }
  /** `own`: how many scenes this browser keeps stored, untouched by the link's. */
  | { readonly what: 'link-opened'; readonly count: number; readonly own: number }
  /** The link's scenes were kept in place of `replaced` scenes of the browser's own. */
  | { readonly what: 'link-kept'; readonly count: number; readonly replaced: number }
  | { readonly what: 'slides-failed' };

/** Errors interrupt (role alert); confirmations are polite. */
export function scenesNoticeIsError(n: ScenesNotice): boolean {
  return n.what !== 'imported' && n.what !== 'link-opened' && n.what !== 'link-kept';
}
