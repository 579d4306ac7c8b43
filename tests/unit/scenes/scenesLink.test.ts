import { describe, expect, it } from 'vitest';
import type { Scene } from '../../../src/state/scenes';
import { decodeScenes, encodeScenes, scenesInHash } from '../../../src/state/scenesLink';

const one: Scene = {
  id: 'scene-a',
  title: '중앙아시아 2019',
  notes: 'Tashkent forum',
  view: '?from=2019&to=2019&country=UZB',
  camera: { lng: 64, lat: 41, zoom: 4 },
};

describe('#scenes= links', () => {
  it('a short briefing goes into the link as plain JSON and comes back the same', async () => {
    const value = await encodeScenes([one]);
    expect(value.startsWith('j')).toBe(true);
    expect(value).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await decodeScenes(value)).toEqual({ ok: true, scenes: [one] });
  });

  it('a long briefing is compressed, shorter than its JSON, and comes back the same', async () => {
    const many = Array.from({ length: 20 }, (_, i) => ({ ...one, id: `scene-${i}` }));
    const json = JSON.stringify(many);
    const value = await encodeScenes(many);
    expect(value.startsWith('z')).toBe(true);
    expect(value.length).toBeLessThan(json.length / 3);
    expect(await decodeScenes(value)).toEqual({ ok: true, scenes: many });
  });

  it('a damaged value gives a problem, never an exception', async () => {
    for (const bad of ['', 'x123', 'j!!!', 'zAAAA', 'jAAAA', 'j' + btoa('{"a":1}')]) {
      const r = await decodeScenes(bad);
      expect(r.ok).toBe(false);
    }
  });

  it('scenesInHash() finds the value among other hash parameters', () => {
    expect(scenesInHash('#scenes=jabc')).toBe('jabc');
    expect(scenesInHash('#x=1&scenes=zdef')).toBe('zdef');
    expect(scenesInHash('')).toBeNull();
    expect(scenesInHash('#scenes=')).toBeNull();
  });
});
