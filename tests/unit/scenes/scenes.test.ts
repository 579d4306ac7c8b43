import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  readScenes,
  scenesFromJson,
  scenesToJson,
  newSceneId,
  type Scene,
} from '../../../src/state/scenes';
import { deleteScene, moveScene, renameScene } from '../../../src/state/scenesList';

const kazakhstan: Scene = {
  id: 'scene-a',
  title: 'Central Asia in 2019',
  notes: 'Start with the forum in Tashkent.',
  view: '?from=2019&to=2019&regions=central-asia&country=KAZ',
  camera: { lng: 66.5, lat: 45.25, zoom: 3.5 },
};
const korean: Scene = {
  id: 'scene-b',
  title: '전체 현황',
  notes: '',
  view: '?lang=ko',
  camera: null,
};

function file(scenes: unknown): unknown {
  return { format: 'cooperation-atlas-scenes', version: 1, scenes };
}

describe('scenes file', () => {
  it('scenesToJson() then scenesFromJson() gives back the same scenes, Korean included', () => {
    const text = scenesToJson([kazakhstan, korean]);
    expect(scenesFromJson(text)).toEqual({ ok: true, scenes: [kazakhstan, korean] });
  });

  it('the written file names its format and version', () => {
    const raw: unknown = JSON.parse(scenesToJson([korean]));
    expect(raw).toEqual({
      format: 'cooperation-atlas-scenes',
      version: 1,
      scenes: [{ id: 'scene-b', title: '전체 현황', notes: '', view: '?lang=ko', camera: null }],
    });
  });

  it('text that is not JSON is one problem at the root', () => {
    const r = scenesFromJson('{"format": ');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems).toHaveLength(1);
      expect(r.problems[0]?.path).toBe('');
      expect(r.problems[0]?.message).toMatch(/^is not JSON/);
    }
  });

  it('a dataset or any other JSON is refused as not a scenes file', () => {
    expect(readScenes({ schemaVersion: 1, activities: [] })).toEqual({
      ok: false,
      problems: [
        {
          path: 'format',
          message: 'must be "cooperation-atlas-scenes" (this is not a scenes file)',
        },
      ],
    });
    expect(readScenes([1, 2])).toMatchObject({ ok: false, problems: [{ path: '' }] });
    expect(readScenes(null)).toMatchObject({ ok: false, problems: [{ path: '' }] });
  });

  it('a later version is refused with a reason', () => {
    const r = readScenes({ format: 'cooperation-atlas-scenes', version: 2, scenes: [] });
    expect(r).toMatchObject({ ok: false, problems: [{ path: 'version' }] });
  });

  it('each bad field is named by its path, and nothing is accepted', () => {
    const r = readScenes(
      file([
        kazakhstan,
        { id: 'x', title: '', view: 'from=2019', camera: { lng: 200, lat: 10, zoom: 'far' } },
        'a scene',
        { ...korean, id: 'scene-a' },
      ]),
    );
    expect(r).toEqual({
      ok: false,
      problems: [
        { path: 'scenes[1].title', message: 'must not be empty' },
        { path: 'scenes[1].view', message: 'must be a query string starting with "?"' },
        { path: 'scenes[1].camera.lng', message: 'must be a number from -180 to 180' },
        { path: 'scenes[1].camera.zoom', message: 'must be a number from 0 to 24' },
        { path: 'scenes[2]', message: 'must be an object' },
        { path: 'scenes[3].id', message: '"scene-a" is used by an earlier scene' },
      ],
    });
  });

  it('notes and camera may be left out; a title over 300 characters may not', () => {
    expect(readScenes(file([{ id: 'a', title: 'T', view: '' }]))).toEqual({
      ok: true,
      scenes: [{ id: 'a', title: 'T', notes: '', view: '', camera: null }],
    });
    expect(readScenes(file([{ id: 'a', title: 'x'.repeat(301), view: '' }]))).toEqual({
      ok: false,
      problems: [{ path: 'scenes[0].title', message: 'is longer than 300 characters' }],
    });
  });

  it('readScenes() never throws and accepts only well-formed scenes, whatever it is given', () => {
    const sceneLike = fc.record(
      {
        id: fc.oneof(fc.string(), fc.constant('a'), fc.integer()),
        title: fc.oneof(fc.string(), fc.constant(null)),
        notes: fc.oneof(fc.string(), fc.nat()),
        view: fc.oneof(fc.string(), fc.constant('?from=2019')),
        camera: fc.oneof(
          fc.constant(null),
          fc.record({ lng: fc.double(), lat: fc.double(), zoom: fc.anything() }),
          fc.anything(),
        ),
      },
      { requiredKeys: [] },
    );
    const input = fc.oneof(
      fc.anything(),
      fc.record({
        format: fc.constantFrom('cooperation-atlas-scenes', 'other'),
        version: fc.constantFrom(1, 2, '1'),
        scenes: fc.oneof(
          fc.array(fc.oneof(sceneLike, fc.anything()), { maxLength: 6 }),
          fc.anything(),
        ),
      }),
    );
    fc.assert(
      fc.property(input, (raw) => {
        const r = readScenes(raw);
        if (!r.ok) return r.problems.length > 0;
        return r.scenes.every(
          (s) =>
            typeof s.id === 'string' &&
            s.title.trim() !== '' &&
            (s.view === '' || s.view.startsWith('?')) &&
            (s.camera === null || Number.isFinite(s.camera.zoom)),
        );
      }),
      { seed: 20261202, numRuns: 400 },
    );
  });

  it('scenesFromJson() never throws on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        scenesFromJson(text);
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it('newSceneId() never repeats an id already taken', () => {
    const id = newSceneId([kazakhstan], () => 0);
    expect(newSceneId([{ ...kazakhstan, id }], () => 0)).not.toBe(id);
  });
});

describe('scenes list edits', () => {
  const c: Scene = { ...korean, id: 'scene-c', title: 'ASEAN' };
  const ids = (l: readonly Scene[]) => l.map((s) => s.id);

  it('moveScene() moves one place up or down and stops at the ends', () => {
    const list = [kazakhstan, korean, c];
    expect(ids(moveScene(list, 'scene-c', -1))).toEqual(['scene-a', 'scene-c', 'scene-b']);
    expect(ids(moveScene(list, 'scene-a', 1))).toEqual(['scene-b', 'scene-a', 'scene-c']);
    expect(moveScene(list, 'scene-a', -1)).toBe(list);
    expect(moveScene(list, 'scene-c', 1)).toBe(list);
    expect(moveScene(list, 'nope', 1)).toBe(list);
  });

  it('renameScene() trims and ignores a blank title; deleteScene() removes one', () => {
    const list = [kazakhstan, korean];
    expect(renameScene(list, 'scene-b', '  Whole reach ')[1]?.title).toBe('Whole reach');
    expect(renameScene(list, 'scene-b', '   ')).toBe(list);
    expect(ids(deleteScene(list, 'scene-a'))).toEqual(['scene-b']);
  });
});
