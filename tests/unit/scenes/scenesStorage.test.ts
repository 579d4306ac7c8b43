import { describe, expect, it } from 'vitest';
import type { Scene } from '../../../src/state/scenes';
import {
  loadStoredScenes,
  saveStoredScenes,
  SCENES_BACKUP_KEY,
  SCENES_STORAGE_KEY,
  type StorageLike,
} from '../../../src/state/scenesStorage';

function memory(
  initial: Record<string, string> = {},
): StorageLike & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (k) => data[k] ?? null,
    setItem: (k, v) => {
      data[k] = v;
    },
  };
}

const scene: Scene = { id: 's1', title: 'Whole reach', notes: '', view: '', camera: null };

describe('scenes in localStorage', () => {
  it('saved scenes are read back', () => {
    const storage = memory();
    expect(saveStoredScenes(storage, [scene])).toBe(true);
    expect(loadStoredScenes(storage)).toEqual({ status: 'ok', scenes: [scene] });
  });

  it('no entry is an empty list', () => {
    expect(loadStoredScenes(memory())).toEqual({ status: 'ok', scenes: [] });
  });

  it('an entry that is not JSON, or foreign JSON, is reported and kept aside', () => {
    const storage = memory({ [SCENES_STORAGE_KEY]: '{oops' });
    expect(loadStoredScenes(storage)).toMatchObject({ status: 'corrupt', scenes: [] });
    expect(storage.data[SCENES_BACKUP_KEY]).toBe('{oops');
    const foreign = memory({ [SCENES_STORAGE_KEY]: '{"scenes": 3}' });
    expect(loadStoredScenes(foreign)).toMatchObject({
      status: 'corrupt',
      problems: [{ path: 'format' }],
    });
  });

  it('storage that throws on every call, or is missing, never throws here', () => {
    const hostile: StorageLike = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(loadStoredScenes(hostile)).toEqual({ status: 'unavailable', scenes: [] });
    expect(saveStoredScenes(hostile, [scene])).toBe(false);
    expect(loadStoredScenes(null)).toEqual({ status: 'unavailable', scenes: [] });
    expect(saveStoredScenes(null, [scene])).toBe(false);
  });
});
