import { afterEach, describe, expect, it, vi } from 'vitest';
import { filtersOf, INITIAL_STATE } from '../../../src/state/atlasState';
import type { Scene } from '../../../src/state/scenes';
import {
  browserStorage,
  loadStoredScenes,
  saveStoredScenes,
  SCENES_BACKUP_KEY,
  SCENES_STORAGE_KEY,
  type StorageLike,
} from '../../../src/state/scenesStorage';
import { createBriefingStore, playbackMode } from '../../../src/state/scenesStore';
import { createAtlasStore, update } from '../../../src/state/store';
import { applyUrlState, syncUrlFromStore } from '../../../src/state/urlSync';
import { URL_DEFAULTS } from '../../../src/state/url';

const scene: Scene = { id: 's1', title: 'Whole reach', notes: '', view: '', camera: null };

function memory(initial: Record<string, string> = {}): StorageLike & {
  data: Record<string, string>;
} {
  const data = { ...initial };
  return {
    data,
    getItem: (k) => data[k] ?? null,
    setItem: (k, v) => {
      data[k] = v;
    },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('browserStorage()', () => {
  it('is null outside a browser', () => {
    expect(browserStorage()).toBeNull();
  });

  it('is the window’s localStorage, or null where reading it throws', () => {
    const storage = memory();
    vi.stubGlobal('window', { localStorage: storage });
    expect(browserStorage()).toBe(storage);
    vi.stubGlobal('window', {
      get localStorage(): Storage {
        throw new Error('SecurityError');
      },
    });
    expect(browserStorage()).toBeNull();
  });
});

describe('loadStoredScenes() and saveStoredScenes() without storage', () => {
  it('keeps scenes for the page only', () => {
    expect(loadStoredScenes(null)).toEqual({ status: 'unavailable', scenes: [] });
    expect(saveStoredScenes(null, [scene])).toBe(false);
  });
});

describe('loadStoredScenes() of a damaged entry', () => {
  it('reports text that is not JSON at the root and keeps it aside', () => {
    const storage = memory({ [SCENES_STORAGE_KEY]: '{"format":' });
    expect(loadStoredScenes(storage)).toEqual({
      status: 'corrupt',
      scenes: [],
      problems: [{ path: '', message: 'is not JSON' }],
    });
    expect(storage.data[SCENES_BACKUP_KEY]).toBe('{"format":');
  });

  it('passes on the problems of JSON that is not a scenes file', () => {
    const storage = memory({ [SCENES_STORAGE_KEY]: '{"format":"x"}' });
    const stored = loadStoredScenes(storage);
    expect(stored.status).toBe('corrupt');
    expect(stored.scenes).toEqual([]);
    expect(stored.status === 'corrupt' && stored.problems.map((p) => p.path)).toEqual(['format']);
  });
});

describe('stores', () => {
  it('update() replaces the state with what the updater returns', () => {
    const store = createAtlasStore({ from: 2019 });
    update(store, (s) => ({ ...s, to: 2020 }));
    expect(store.getState()).toEqual({ ...INITIAL_STATE, from: 2019, to: 2020 });
  });

  it('a new briefing starts on no scene, not blacked out, not from a link', () => {
    expect(createBriefingStore().getState()).toEqual({
      scenes: [],
      current: null,
      blackout: false,
      fromLink: false,
    });
    expect(createBriefingStore([scene]).getState().scenes).toEqual([scene]);
    expect(playbackMode.getState()).toEqual({ yearByYear: false });
  });

  it('filtersOf() takes the filters out of the state', () => {
    const s = { ...INITIAL_STATE, from: 2018, sectors: ['a'], actor: 'KOICA', country: 'KAZ' };
    expect(filtersOf(s)).toEqual({
      from: 2018,
      to: null,
      sectors: ['a'],
      regions: null,
      types: null,
      status: null,
      actor: 'KOICA',
    });
  });
});

function fakeHistory() {
  const calls: string[] = [];
  const location = { pathname: '/atlas/', search: '', hash: '#x' };
  const record = (kind: string) => (_d: unknown, _u: string, url?: string | URL | null) => {
    calls.push(`${kind} ${String(url)}`);
    location.search = String(url).slice('/atlas/'.length).replace('#x', '');
  };
  return {
    calls,
    location,
    history: { pushState: record('push'), replaceState: record('replace') },
  };
}

describe('syncUrlFromStore(): the 800 ms window', () => {
  it('pushes a change made 800 ms after the last one', () => {
    const w = fakeHistory();
    let t = 10_000;
    const store = createAtlasStore();
    syncUrlFromStore(store, w.history, w.location, () => t);
    store.setState({ to: 2022 });
    t += 799;
    store.setState({ to: 2021 });
    t += 800;
    store.setState({ to: 2020 });
    expect(w.calls).toEqual([
      'push /atlas/?to=2022#x',
      'replace /atlas/?to=2021#x',
      'push /atlas/?to=2020#x',
    ]);
  });

  it('uses the clock when given none', () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const w = fakeHistory();
    const store = createAtlasStore();
    syncUrlFromStore(store, w.history, w.location);
    store.setState({ to: 2022 });
    vi.setSystemTime(1_000_100);
    store.setState({ to: 2021 });
    expect(w.calls).toEqual(['push /atlas/?to=2022#x', 'replace /atlas/?to=2021#x']);
  });
});

describe('applyUrlState()', () => {
  it('sets the URL fields and leaves the others', () => {
    const store = createAtlasStore({ playing: true, from: 2019 });
    applyUrlState(store, { ...URL_DEFAULTS, to: 2020, lang: 'ko' });
    expect(store.getState()).toEqual({ ...INITIAL_STATE, playing: true, to: 2020, lang: 'ko' });
  });
});
