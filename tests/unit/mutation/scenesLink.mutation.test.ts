import { describe, expect, it } from 'vitest';
import { scenesDocument, type Scene } from '../../../src/state/scenes';
import { COMPRESS_ABOVE, decodeScenes, encodeScenes } from '../../../src/state/scenesLink';

const one: Scene = { id: 'scene-a', title: 'Tashkent', notes: '', view: '', camera: null };

const DAMAGED = { ok: false, problems: [{ path: '', message: 'the link’s scenes are damaged' }] };

function base64url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64url');
}

/** A scene whose scenes document is `bytes` long in UTF-8 JSON. */
function sceneOfDocumentLength(bytes: number): Scene {
  const bare = JSON.stringify(scenesDocument([one])).length;
  return { ...one, notes: 'n'.repeat(bytes - bare) };
}

describe('encodeScenes(): when to compress', () => {
  it('keeps a document of exactly the threshold as plain JSON, and compresses a longer one', async () => {
    expect(COMPRESS_ABOVE).toBe(600);
    const atLimit = sceneOfDocumentLength(600);
    const over = sceneOfDocumentLength(601);
    expect((await encodeScenes([atLimit])).slice(0, 1)).toBe('j');
    expect((await encodeScenes([over])).slice(0, 1)).toBe('z');
    expect(await decodeScenes(await encodeScenes([over]))).toEqual({ ok: true, scenes: [over] });
  });
});

describe('decodeScenes(): damaged links', () => {
  it('says the link is damaged for an unknown kind, bad base64, bad deflate or bad JSON', async () => {
    const json = new TextEncoder().encode(JSON.stringify(scenesDocument([one])));
    expect(await decodeScenes(`j${base64url(json)}`)).toEqual({ ok: true, scenes: [one] });
    expect(await decodeScenes(`q${base64url(json)}`)).toEqual(DAMAGED);
    expect(await decodeScenes('j!!!')).toEqual(DAMAGED);
    expect(await decodeScenes(`z${base64url(json)}`)).toEqual(DAMAGED);
    const notJson = new TextEncoder().encode('{"format": "cooperation-atlas-scenes",');
    expect(await decodeScenes(`j${base64url(notJson)}`)).toEqual(DAMAGED);
  });

  it('refuses bytes that are not UTF-8 rather than reading garbled titles', async () => {
    const text = JSON.stringify(scenesDocument([{ ...one, title: 'Tashkent@' }]));
    const bytes = new TextEncoder().encode(text);
    bytes[bytes.indexOf('@'.charCodeAt(0))] = 0xff;
    expect(await decodeScenes(`j${base64url(bytes)}`)).toEqual(DAMAGED);
  });
});
