import { describe, expect, it } from 'vitest';
import { newSceneId, readScenes, type Scene } from '../../../src/state/scenes';
import { renameScene } from '../../../src/state/scenesList';

const good: Scene = {
  id: 'scene-a',
  title: 'Central Asia in 2019',
  notes: 'Start with the forum in Tashkent.',
  view: '?from=2019',
  camera: { lng: 66.5, lat: 45.25, zoom: 3.5 },
};

/** The scene without one of its fields. */
function without(key: keyof Scene): Record<string, unknown> {
  return Object.fromEntries(Object.entries(good).filter(([k]) => k !== key));
}

function file(scenes: unknown): unknown {
  return { format: 'cooperation-atlas-scenes', version: 1, scenes };
}

/** The problems of a refused file, or a failure if it was accepted. */
function problemsOf(raw: unknown): { path: string; message: string }[] {
  const r = readScenes(raw);
  if (r.ok) throw new Error('expected the file to be refused');
  return r.problems.map((p) => ({ path: p.path, message: p.message }));
}

describe('readScenes(): texts', () => {
  it('tells a missing title from one that is not a string', () => {
    expect(problemsOf(file([without('title'), { ...good, id: 'b', title: 7 }]))).toEqual([
      { path: 'scenes[0].title', message: 'is missing' },
      { path: 'scenes[1].title', message: 'must be a string' },
    ]);
  });

  it('requires an id', () => {
    expect(problemsOf(file([without('id')]))).toEqual([
      { path: 'scenes[0].id', message: 'is missing' },
    ]);
  });

  it('refuses a title of spaces only', () => {
    expect(problemsOf(file([{ ...good, title: '   ' }]))).toEqual([
      { path: 'scenes[0].title', message: 'must not be empty' },
    ]);
  });

  it('accepts a title of exactly 300 characters', () => {
    const title = 'x'.repeat(300);
    expect(readScenes(file([{ ...good, title }]))).toEqual({
      ok: true,
      scenes: [{ ...good, title }],
    });
  });

  it('names a view that is not a string, without throwing', () => {
    expect(problemsOf(file([{ ...good, view: 5 }]))).toEqual([
      { path: 'scenes[0].view', message: 'must be a string' },
    ]);
  });

  it('accepts a scene without a view, as the default view', () => {
    expect(readScenes(file([without('view')]))).toEqual({
      ok: true,
      scenes: [{ ...good, view: '' }],
    });
  });
});

describe('readScenes(): camera', () => {
  it('accepts the limits themselves', () => {
    const cameras = [
      { lng: -180, lat: -90, zoom: 0 },
      { lng: 180, lat: 90, zoom: 24 },
    ];
    const scenes = cameras.map((camera, i) => ({ ...good, id: `s${i}`, camera }));
    expect(readScenes(file(scenes))).toEqual({ ok: true, scenes });
  });

  it('refuses numbers past the limits, not finite, or not numbers', () => {
    const r = problemsOf(
      file([
        { ...good, id: 'a', camera: { lng: 180.5, lat: -90.5, zoom: 24.5 } },
        { ...good, id: 'b', camera: { lng: Number.NaN, lat: Infinity, zoom: '3' } },
      ]),
    );
    const range = {
      lng: 'must be a number from -180 to 180',
      lat: 'must be a number from -90 to 90',
      zoom: 'must be a number from 0 to 24',
    };
    expect(r).toEqual(
      [0, 1].flatMap((i) =>
        (['lng', 'lat', 'zoom'] as const).map((k) => ({
          path: `scenes[${i}].camera.${k}`,
          message: range[k],
        })),
      ),
    );
  });

  it('refuses a camera that is not an object', () => {
    expect(problemsOf(file([{ ...good, camera: 'Almaty' }]))).toEqual([
      { path: 'scenes[0].camera', message: 'must be an object with lng, lat and zoom, or null' },
    ]);
    expect(problemsOf(file([{ ...good, camera: [66.5, 45.25, 3.5] }]))).toHaveLength(1);
  });
});

describe('readScenes(): the file', () => {
  it('says what a scenes file holds when given something else', () => {
    expect(problemsOf('scenes')).toEqual([
      { path: '', message: 'must be a JSON object holding "format", "version" and "scenes"' },
    ]);
  });

  it('names the version it reads', () => {
    expect(problemsOf({ format: 'cooperation-atlas-scenes', version: 2, scenes: [] })).toEqual([
      {
        path: 'version',
        message: 'must be 1 (this file is of a version this atlas cannot read)',
      },
    ]);
  });

  it('wants a list of scenes', () => {
    expect(problemsOf(file({ 0: good }))).toEqual([{ path: 'scenes', message: 'must be a list' }]);
  });

  it('accepts 200 scenes and refuses 201', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => ({ ...good, id: `s${i}` }));
    const r = readScenes(file(many(200)));
    expect(r.ok && r.scenes.length).toBe(200);
    expect(problemsOf(file(many(201)))).toEqual([
      { path: 'scenes', message: 'holds 201 scenes; at most 200 are allowed' },
    ]);
  });

  it('does not count a refused scene’s id as taken', () => {
    expect(problemsOf(file([{ ...good, view: 'from=2019' }, good]))).toEqual([
      { path: 'scenes[0].view', message: 'must be a query string starting with "?"' },
    ]);
  });
});

describe('newSceneId()', () => {
  it('writes six base-36 digits of the random number', () => {
    expect(newSceneId([], () => 0.5)).toBe('scene-i00000');
    expect(newSceneId([], () => 0.25)).toBe('scene-900000');
  });

  it('numbers the id from 2 when it is taken', () => {
    const taken = [
      { ...good, id: 'scene-i00000' },
      { ...good, id: 'scene-i00000-2' },
    ];
    expect(newSceneId(taken.slice(0, 1), () => 0.5)).toBe('scene-i00000-2');
    expect(newSceneId(taken, () => 0.5)).toBe('scene-i00000-3');
  });
});

describe('renameScene()', () => {
  it('renames only the scene named', () => {
    const other = { ...good, id: 'scene-b', title: 'Viet Nam' };
    expect(renameScene([good, other], 'scene-b', 'ASEAN')).toEqual([
      good,
      { ...other, title: 'ASEAN' },
    ]);
  });
});
