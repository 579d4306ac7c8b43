import type { Problem } from '../data/types';
import { readScenes, scenesDocument, type Scene } from './scenes';

/** The localStorage key of the scenes (the value is a versioned scenes document). */
export const SCENES_STORAGE_KEY = 'cooperation-atlas.scenes';
/** Where an entry that could not be read is kept, so the next save does not destroy it. */
export const SCENES_BACKUP_KEY = 'cooperation-atlas.scenes.unreadable';

export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

export type StoredScenes =
  | { readonly status: 'ok'; readonly scenes: readonly Scene[] }
  /** The entry is not JSON or not valid scenes: the list starts empty and the user is told. */
  | {
      readonly status: 'corrupt';
      readonly scenes: readonly Scene[];
      readonly problems: readonly Problem[];
    }
  /** Storage is forbidden (private windows, blocked cookies): scenes live for this page only. */
  | { readonly status: 'unavailable'; readonly scenes: readonly Scene[] };

/** `window.localStorage`, or null where even reading the property throws (it may). */
export function browserStorage(): StorageLike | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** Reads the stored scenes. Never throws, whatever the entry holds or the browser forbids. */
export function loadStoredScenes(storage: StorageLike | null): StoredScenes {
  if (!storage) return { status: 'unavailable', scenes: [] };
  let text: string | null;
  try {
    text = storage.getItem(SCENES_STORAGE_KEY);
  } catch {
    return { status: 'unavailable', scenes: [] };
  }
  if (text === null) return { status: 'ok', scenes: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    keepUnreadable(storage, text);
    return { status: 'corrupt', scenes: [], problems: [{ path: '', message: 'is not JSON' }] };
  }
  const result = readScenes(raw);
  if (result.ok) return { status: 'ok', scenes: result.scenes };
  keepUnreadable(storage, text);
  return { status: 'corrupt', scenes: [], problems: result.problems };
}

function keepUnreadable(storage: StorageLike, text: string): void {
  try {
    storage.setItem(SCENES_BACKUP_KEY, text);
  } catch {
    // Full or forbidden: nothing more can be kept.
  }
}

/** Writes the scenes; false when the storage is forbidden or full (the page keeps working). */
export function saveStoredScenes(storage: StorageLike | null, scenes: readonly Scene[]): boolean {
  if (!storage) return false;
  try {
    storage.setItem(SCENES_STORAGE_KEY, JSON.stringify(scenesDocument(scenes)));
    return true;
  } catch {
    return false;
  }
}
