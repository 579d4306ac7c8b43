import type { Problem } from '../data/types';
import { MAX_PROBLEMS, Problems } from '../data/problems';

/** Where the map looks: centre in degrees and MapLibre zoom (the map neither rotates nor tilts). */
export interface MapCamera {
  readonly lng: number;
  readonly lat: number;
  readonly zoom: number;
}

/**
 * One saved view of a briefing. `view` is the app's own query string (`?from=2019&sectors=…`), so
 * every URL parameter the app knows (filters, compare period, country, language…) is carried
 * without this format naming them; `camera` is null when the map was framed on the partners.
 */
export interface Scene {
  readonly id: string;
  readonly title: string;
  readonly notes: string;
  readonly view: string;
  readonly camera: MapCamera | null;
}

/** The name written into every scenes file and storage entry, so a foreign JSON is recognised. */
export const SCENES_FORMAT = 'cooperation-atlas-scenes';
/** The version of the format this code writes; it reads this one only. */
export const SCENES_VERSION = 1;

/** Limits that keep a hostile file from filling the page or the storage. */
export const SCENE_LIMITS = {
  scenes: 200,
  title: 300,
  notes: 5000,
  view: 4000,
  id: 100,
} as const;

export type ScenesResult =
  | { readonly ok: true; readonly scenes: readonly Scene[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

type Obj = Readonly<Record<string, unknown>>;

function isObj(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function readText(
  p: Problems,
  obj: Obj,
  key: string,
  at: string,
  max: number,
  required: boolean,
): string | undefined {
  const v = obj[key];
  if (v === undefined && !required) return '';
  if (typeof v !== 'string') {
    p.add(`${at}.${key}`, v === undefined ? 'is missing' : 'must be a string');
    return undefined;
  }
  if (required && v.trim() === '') {
    p.add(`${at}.${key}`, 'must not be empty');
    return undefined;
  }
  if (v.length > max) {
    p.add(`${at}.${key}`, `is longer than ${max} characters`);
    return undefined;
  }
  return v;
}

function readNumber(
  p: Problems,
  obj: Obj,
  key: string,
  at: string,
  min: number,
  max: number,
): number | undefined {
  const v = obj[key];
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) {
    p.add(`${at}.${key}`, `must be a number from ${min} to ${max}`);
    return undefined;
  }
  return v;
}

function readCamera(p: Problems, raw: unknown, at: string): MapCamera | null | undefined {
  if (raw === null || raw === undefined) return null;
  if (!isObj(raw)) {
    p.add(at, 'must be an object with lng, lat and zoom, or null');
    return undefined;
  }
  const lng = readNumber(p, raw, 'lng', at, -180, 180);
  const lat = readNumber(p, raw, 'lat', at, -90, 90);
  const zoom = readNumber(p, raw, 'zoom', at, 0, 24);
  if (lng === undefined || lat === undefined || zoom === undefined) return undefined;
  return { lng, lat, zoom };
}

function readScene(p: Problems, raw: unknown, at: string): Scene | undefined {
  if (!isObj(raw)) {
    p.add(at, 'must be an object');
    return undefined;
  }
  const before = p.found;
  const id = readText(p, raw, 'id', at, SCENE_LIMITS.id, true);
  const title = readText(p, raw, 'title', at, SCENE_LIMITS.title, true);
  const notes = readText(p, raw, 'notes', at, SCENE_LIMITS.notes, false);
  const view = readText(p, raw, 'view', at, SCENE_LIMITS.view, false);
  if (view !== undefined && view !== '' && !view.startsWith('?'))
    p.add(`${at}.view`, 'must be a query string starting with "?"');
  const camera = readCamera(p, raw.camera, `${at}.camera`);
  if (p.found !== before) return undefined;
  if (id === undefined || title === undefined || notes === undefined || view === undefined)
    return undefined;
  if (camera === undefined) return undefined;
  return { id, title, notes, view, camera };
}

/**
 * Reads a scenes file or storage entry (`{format, version, scenes: Scene[]}`) that arrives as any
 * JSON value. Never throws: every problem is returned with its path (`scenes[2].camera.zoom`), up
 * to `MAX_PROBLEMS`, and nothing is accepted unless the whole file is valid.
 */
export function readScenes(raw: unknown): ScenesResult {
  const p = new Problems();
  if (!isObj(raw)) {
    p.add('', 'must be a JSON object holding "format", "version" and "scenes"');
    return { ok: false, problems: p.list };
  }
  if (raw.format !== SCENES_FORMAT) {
    p.add('format', `must be "${SCENES_FORMAT}" (this is not a scenes file)`);
    return { ok: false, problems: p.list };
  }
  if (raw.version !== SCENES_VERSION) {
    p.add(
      'version',
      `must be ${SCENES_VERSION} (this file is of a version this atlas cannot read)`,
    );
    return { ok: false, problems: p.list };
  }
  const list = raw.scenes;
  if (!Array.isArray(list)) {
    p.add('scenes', 'must be a list');
    return { ok: false, problems: p.list };
  }
  if (list.length > SCENE_LIMITS.scenes) {
    p.add('scenes', `holds ${list.length} scenes; at most ${SCENE_LIMITS.scenes} are allowed`);
    return { ok: false, problems: p.list };
  }
  const scenes: Scene[] = [];
  const ids = new Set<string>();
  for (let i = 0; i < list.length && p.list.length < MAX_PROBLEMS; i++) {
    const item: unknown = list[i];
    const scene = readScene(p, item, `scenes[${i}]`);
    if (!scene) continue;
    if (ids.has(scene.id)) p.add(`scenes[${i}].id`, `"${scene.id}" is used by an earlier scene`);
    ids.add(scene.id);
    scenes.push(scene);
  }
  return p.found > 0 ? { ok: false, problems: p.list } : { ok: true, scenes };
}

/** The JSON value of a scenes file (what `readScenes` reads back). */
export function scenesDocument(scenes: readonly Scene[]): {
  format: string;
  version: number;
  scenes: readonly Scene[];
} {
  return { format: SCENES_FORMAT, version: SCENES_VERSION, scenes };
}

/** The scenes as file text: pretty JSON, so a presenter can read and diff it. */
export function scenesToJson(scenes: readonly Scene[]): string {
  return `${JSON.stringify(scenesDocument(scenes), null, 2)}\n`;
}

/** Reads file text: not JSON at all gets its own problem at the root, never an exception. */
export function scenesFromJson(text: string): ScenesResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return { ok: false, problems: [{ path: '', message: `is not JSON (${detail})` }] };
  }
  return readScenes(raw);
}

/** A fresh id unlike any in `taken`, from a random source (injected for tests). */
export function newSceneId(taken: readonly Scene[], random: () => number = Math.random): string {
  const ids = new Set(taken.map((s) => s.id));
  const base = `scene-${Math.floor(random() * 36 ** 6).toString(36)}`;
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  return id;
}
