import type { Problem } from '../data/types';
import { scenesDocument, readScenes, type Scene, type ScenesResult } from './scenes';

/** The hash key of a briefing in a link: `#scenes=…`. */
export const SCENES_HASH_KEY = 'scenes';
/**
 * Scenes JSON longer than this many bytes is deflated before it goes into the link, so a briefing
 * of many scenes still fits in what browsers and chat apps accept as a URL.
 */
export const COMPRESS_ABOVE = 600;

/** Prefixes of the encoded value: `j` plain UTF-8 JSON, `z` raw-deflated JSON; both base64url. */
type Encoding = 'j' | 'z';

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

async function pipe(
  bytes: Uint8Array<ArrayBuffer>,
  stream: GenericTransformStream,
): Promise<Uint8Array> {
  const out = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

/** The value of `#scenes=` for a briefing (without the key). */
export async function encodeScenes(scenes: readonly Scene[]): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(scenesDocument(scenes)));
  if (bytes.length <= COMPRESS_ABOVE || typeof CompressionStream === 'undefined')
    return `j${toBase64Url(bytes)}`;
  return `z${toBase64Url(await pipe(bytes, new CompressionStream('deflate-raw')))}`;
}

const notALink = (message: string): ScenesResult => ({
  ok: false,
  problems: [{ path: '', message } satisfies Problem],
});

/** Reads a `#scenes=` value back. Never throws (nor rejects): a damaged link gives a problem. */
export async function decodeScenes(value: string): Promise<ScenesResult> {
  const kind = value.slice(0, 1);
  const bytes = fromBase64Url(value.slice(1));
  if ((kind !== 'j' && kind !== 'z') || !bytes) return notALink('the link’s scenes are damaged');
  let text: string;
  try {
    const raw = (kind satisfies Encoding) === 'z' ? await inflate(bytes) : bytes;
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return notALink('the link’s scenes are damaged');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return notALink('the link’s scenes are damaged');
  }
  return readScenes(json);
}

function inflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  return pipe(bytes, new DecompressionStream('deflate-raw'));
}

/** The `scenes=` value in a location hash (`#scenes=…`), or null when there is none. */
export function scenesInHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const value = params.get(SCENES_HASH_KEY);
  return value === null || value === '' ? null : value;
}
