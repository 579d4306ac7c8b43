import type { Scene } from '../../state/scenes';
import { scenesInHash } from '../../state/scenesLink';
import { browserStorage, saveStoredScenes } from '../../state/scenesStorage';
import type { BriefingStore } from '../../state/scenesStore';
import {
  backToOwnScenes,
  editScenes,
  keepLinkScenes,
  openLinkScenes,
  type ListChange,
} from './briefingList';
import type { ScenesNotice } from './scenesNotice';

/** The browser's own scenes beside the list on screen, which may be a link's. */
export interface SceneLists {
  /** The scenes this browser keeps (in storage, or for this page where storage is refused). */
  readonly own: () => readonly Scene[];
  /** Shows the scenes read from storage at start. */
  readonly load: (stored: readonly Scene[]) => void;
  /** Applies a change: the briefing, the address bar's `#scenes=`, and storage when it says so. */
  readonly apply: (change: ListChange) => void;
  /** The list on screen saved to, reordered, renamed or deleted from (see {@link editScenes}). */
  readonly edit: (scenes: readonly Scene[]) => void;
  /** Shows a link's scenes, unsaved, and says that the browser's own are untouched. */
  readonly openLink: (scenes: readonly Scene[]) => void;
  /** Stores the link's scenes in place of the browser's own, and says how many they replaced. */
  readonly keepLink: () => void;
  /** Puts the link's scenes away and shows the browser's own again. */
  readonly backToOwn: () => void;
}

/** Drops a `#scenes=` hash from the address bar once the list on screen is no longer the link's. */
function dropSceneHash(): void {
  if (scenesInHash(window.location.hash) === null) return;
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}`);
}

/** Keeps storage following the browser's own list; `tell` gets the notices. */
export function createSceneLists(
  briefing: BriefingStore,
  tell: (n: ScenesNotice) => void,
): SceneLists {
  let own: readonly Scene[] = [];
  let warned = false;
  const apply = (change: ListChange) => {
    briefing.setState(change.next);
    if (!change.next.fromLink) dropSceneHash();
    if (change.store === null) return;
    own = change.store;
    if (!saveStoredScenes(browserStorage(), change.store) && !warned) {
      warned = true;
      tell({ what: 'not-stored' });
    }
  };
  return {
    own: () => own,
    load: (stored) => {
      own = stored;
      briefing.setState({ scenes: stored });
    },
    apply,
    edit: (scenes) => {
      apply(editScenes(briefing.getState(), scenes));
    },
    openLink: (scenes) => {
      apply(openLinkScenes(scenes));
      tell({ what: 'link-opened', count: scenes.length, own: own.length });
    },
    keepLink: () => {
      const s = briefing.getState();
      if (!s.fromLink) return;
      // Told first, so that storage refusing the list (an alert) replaces this notice.
      tell({ what: 'link-kept', count: s.scenes.length, replaced: own.length });
      apply(keepLinkScenes(s));
    },
    backToOwn: () => {
      apply(backToOwnScenes(own));
    },
  };
}
