import type { LoadResult, Problem } from '../data/types';
import { validateDataset } from '../data/validate';
import { scenesInHash, SCENES_HASH_KEY } from '../state/scenesLink';
import { BLOCK } from './offlineFile';

/** The name written into a saved copy's embedded block, so a foreign block is recognised. */
export const EMBEDDED_FORMAT = 'cooperation-atlas-offline';

/**
 * What a saved offline copy carries besides the app: the dataset that was open (null = the
 * bundled one, which the copy's code holds already) and the scenes as a `#scenes=` value.
 */
export interface EmbeddedPayload {
  readonly format: typeof EMBEDDED_FORMAT;
  readonly version: 1;
  /** The dataset's file name as it was opened, for messages. */
  readonly name: string;
  readonly dataset: unknown;
  readonly scenes: string | null;
}

type Obj = Readonly<Record<string, unknown>>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The page's embedded block, when this page is a saved copy and the block is ours. */
function readPayload(): EmbeddedPayload | null {
  if (typeof document === 'undefined') return null;
  const text = document.getElementById(BLOCK.embedded)?.textContent;
  if (!text) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObj(raw) || raw.format !== EMBEDDED_FORMAT || raw.version !== 1) return null;
  return {
    format: EMBEDDED_FORMAT,
    version: 1,
    name: typeof raw.name === 'string' ? raw.name : '',
    dataset: raw.dataset ?? null,
    scenes: typeof raw.scenes === 'string' ? raw.scenes : null,
  };
}

/** The dataset a page opens with, and whether it came from the copy's embedded block. */
export interface OpeningDataset {
  readonly result: LoadResult;
  readonly embedded: boolean;
  /** The embedded dataset's name and problems when it was refused (the bundled one opens). */
  readonly refused: { readonly name: string; readonly problems: readonly Problem[] } | null;
}

/**
 * A saved copy opens with its own dataset (validated like any file; when it breaks a rule, the
 * bundled one opens and the problems are listed); any other page with the bundled one.
 */
export function openingDataset(bundled: unknown): OpeningDataset {
  const payload = readPayload();
  if (payload?.dataset) {
    const result = validateDataset(payload.dataset);
    if (result.ok) return { result, embedded: true, refused: null };
    return {
      result: validateDataset(bundled),
      embedded: false,
      refused: { name: payload.name, problems: result.problems },
    };
  }
  return { result: validateDataset(bundled), embedded: false, refused: null };
}

/**
 * A saved copy's scenes enter through the same door as a shared briefing: a `#scenes=` hash, put
 * in place before the app reads the URL (unless the URL already names scenes). So they show
 * without overwriting the scenes this browser keeps for other files.
 */
export function embedScenesInUrl(): void {
  const scenes = readPayload()?.scenes;
  if (!scenes || scenesInHash(window.location.hash) !== null) return;
  const { pathname, search } = window.location;
  try {
    window.history.replaceState(
      window.history.state,
      '',
      `${pathname}${search}#${SCENES_HASH_KEY}=${scenes}`,
    );
  } catch {
    // A browser that refuses to rewrite this URL opens the copy without its scenes.
  }
}
