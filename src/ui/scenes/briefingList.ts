import type { Scene } from '../../state/scenes';
import type { BriefingState } from '../../state/scenesStore';

/**
 * A change of the scenes list: the briefing's next fields, and the list to write to this
 * browser's storage (null: storage is left as it is).
 */
export interface ListChange {
  readonly next: Pick<BriefingState, 'scenes' | 'fromLink' | 'current'>;
  readonly store: readonly Scene[] | null;
}

function currentIn(s: BriefingState, scenes: readonly Scene[]): string | null {
  return scenes.some((x) => x.id === s.current) ? s.current : null;
}

/**
 * The list on screen saved to, reordered, renamed or deleted from. The browser's own list is
 * stored; a link's scenes stay unsaved (the browser's own scenes untouched) until they are kept.
 */
export function editScenes(s: BriefingState, scenes: readonly Scene[]): ListChange {
  return {
    next: { scenes, fromLink: s.fromLink, current: currentIn(s, scenes) },
    store: s.fromLink ? null : scenes,
  };
}

/** A `#scenes=` link opened: its scenes are shown, and nothing is stored. */
export function openLinkScenes(scenes: readonly Scene[]): ListChange {
  return { next: { scenes, fromLink: true, current: null }, store: null };
}

/** The link's scenes, as edited since, become this browser's own (replacing those stored). */
export function keepLinkScenes(s: BriefingState): ListChange {
  return { next: { scenes: s.scenes, fromLink: false, current: s.current }, store: s.scenes };
}

/**
 * The link's scenes are put away and the browser's own list (`own`) comes back. Ids of two lists
 * may coincide, so no scene stays current.
 */
export function backToOwnScenes(own: readonly Scene[]): ListChange {
  return { next: { scenes: own, fromLink: false, current: null }, store: null };
}

/** Scenes read from a file replace the browser's own list (and a link's on screen). */
export function importScenes(scenes: readonly Scene[]): ListChange {
  return { next: { scenes, fromLink: false, current: null }, store: scenes };
}
