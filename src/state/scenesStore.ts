import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Scene } from './scenes';

/** The briefing: the ordered scenes and where the presenter is in them. Plain values only. */
export interface BriefingState {
  readonly scenes: readonly Scene[];
  /** Id of the scene opened last (the one the `Scene` status counts from); null = none. */
  readonly current: string | null;
  /** The screen is blacked out (presentation mode, `B` or `.`). */
  readonly blackout: boolean;
  /**
   * The scenes came from a `#scenes=` link and are not stored yet: the browser's own scenes stay
   * in storage until the user keeps the link's scenes.
   */
  readonly fromLink: boolean;
}

export type BriefingStore = StoreApi<BriefingState>;

export function createBriefingStore(scenes: readonly Scene[] = []): BriefingStore {
  return createStore<BriefingState>()(() => ({
    scenes,
    current: null,
    blackout: false,
    fromLink: false,
  }));
}

/** How Play moves through the years: growing the range (default) or one year at a time. */
export interface PlaybackMode {
  readonly yearByYear: boolean;
}

/** The page's one playback preference, shared by the Play button, the keys and the player. */
export const playbackMode: StoreApi<PlaybackMode> = createStore<PlaybackMode>()(() => ({
  yearByYear: false,
}));
