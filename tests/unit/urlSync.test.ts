import { describe, expect, it } from 'vitest';
import { createAtlasStore } from '../../src/state/store';
import { syncUrlFromStore } from '../../src/state/urlSync';

function fakeWindow() {
  const calls: { kind: 'push' | 'replace'; url: string }[] = [];
  const location = { pathname: '/', search: '', hash: '' };
  const record =
    (kind: 'push' | 'replace') => (_d: unknown, _u: string, url?: string | URL | null) => {
      calls.push({ kind, url: String(url) });
      location.search = String(url).slice(1);
    };
  return {
    calls,
    location,
    history: { pushState: record('push'), replaceState: record('replace') },
  };
}

describe('syncUrlFromStore()', () => {
  it('pushes a change made after a pause and replaces rapid follow-ups', () => {
    const w = fakeWindow();
    let t = 0;
    const store = createAtlasStore();
    syncUrlFromStore(store, w.history, w.location, () => t);
    t = 10_000;
    store.setState({ to: 2022 });
    t += 50;
    store.setState({ to: 2021 });
    t += 5_000;
    store.setState({ country: 'KAZ' });
    expect(w.calls).toEqual([
      { kind: 'push', url: '/?to=2022' },
      { kind: 'replace', url: '/?to=2021' },
      { kind: 'push', url: '/?to=2021&country=KAZ' },
    ]);
  });

  it('replaces rather than pushes while playing', () => {
    const w = fakeWindow();
    const store = createAtlasStore();
    syncUrlFromStore(store, w.history, w.location, () => 1e9);
    store.setState({ playing: true, to: 2020 });
    expect(w.calls).toEqual([{ kind: 'replace', url: '/?to=2020' }]);
  });

  it('does not write history when a change leaves the URL as it is', () => {
    const w = fakeWindow();
    const store = createAtlasStore();
    syncUrlFromStore(store, w.history, w.location, () => 1e9);
    store.setState({ presenting: true });
    expect(w.calls).toEqual([]);
  });
});
