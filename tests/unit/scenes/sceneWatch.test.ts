import { describe, expect, it } from 'vitest';
import type { MapCamera } from '../../../src/state/scenes';
import { createBriefingStore } from '../../../src/state/scenesStore';
import { createAtlasStore, type AtlasStore } from '../../../src/state/store';
import { resetFilters, selectCountry } from '../../../src/state/updaters';
import { nextSceneIndex } from '../../../src/ui/scenes/nextSceneIndex';
import { sameCamera } from '../../../src/ui/scenes/sameCamera';
import { createSceneWatch } from '../../../src/ui/scenes/sceneWatch';

const tashkent: MapCamera = { lng: 69.25, lat: 41.3, zoom: 5 };

/**
 * An atlas showing digital health 2020–2022 with scene `s2` current, as `open()` leaves it (the
 * view set first, then the scene made current), and the map at rest at `camera`.
 */
function presenting(camera: MapCamera | null = null) {
  const atlas = createAtlasStore({ from: 2020, to: 2022, sectors: ['digital-health'] });
  const briefing = createBriefingStore();
  const watch = createSceneWatch(atlas, briefing);
  const stop = watch.start();
  briefing.setState({ current: 's2' });
  watch.settled(camera);
  return { atlas, briefing, watch, stop };
}

describe('the current scene follows the view', () => {
  it('a scene stays current while nothing about the view changes', () => {
    const { atlas, briefing } = presenting();
    atlas.setState({ playing: false });
    expect(briefing.getState().current).toBe('s2');
  });

  it('stepping the To year (← / →) forgets the scene', () => {
    const { atlas, briefing } = presenting();
    atlas.setState({ to: 2021 });
    expect(briefing.getState().current).toBeNull();
  });

  it('resetting the filters forgets the scene', () => {
    const { atlas, briefing } = presenting();
    atlas.setState(resetFilters(atlas.getState()));
    expect(briefing.getState().current).toBeNull();
  });

  it('opening a country, comparing periods or switching the language forgets the scene', () => {
    const changes = [
      (a: AtlasStore) => a.setState(selectCountry(a.getState(), 'UZB')),
      (a: AtlasStore) => a.setState({ compare: { from: 2019, to: 2019 } }),
      (a: AtlasStore) => a.setState({ lang: 'ko' }),
    ];
    for (const change of changes) {
      const { atlas, briefing } = presenting();
      change(atlas);
      expect(briefing.getState().current).toBeNull();
    }
  });

  it('entering presentation mode or changing the theme keeps the scene on screen current', () => {
    const { atlas, briefing } = presenting();
    atlas.setState({ presenting: true });
    atlas.setState({ theme: 'dark' });
    expect(briefing.getState().current).toBe('s2');
  });

  it('opening another scene forgets the first and follows the second from its own view', () => {
    const { atlas, briefing } = presenting();
    atlas.setState({ from: null, to: 2019, sectors: null });
    briefing.setState({ current: 's1' });
    expect(briefing.getState().current).toBe('s1');
    atlas.setState({ to: 2020 });
    expect(briefing.getState().current).toBeNull();
  });

  it('after stop(), changes no longer reach the briefing', () => {
    const { atlas, briefing, stop } = presenting();
    stop();
    atlas.setState({ to: 2021 });
    expect(briefing.getState().current).toBe('s2');
  });
});

describe('the current scene follows the camera', () => {
  it('the map at rest elsewhere after the user dragged or zoomed it forgets the scene', () => {
    const panned = presenting(tashkent);
    panned.watch.touched();
    panned.watch.settled({ lng: 70, lat: 41.3, zoom: 5 });
    expect(panned.briefing.getState().current).toBeNull();
    const zoomed = presenting(tashkent);
    zoomed.watch.touched();
    zoomed.watch.settled({ lng: 69.25, lat: 41.3, zoom: 6 });
    expect(zoomed.briefing.getState().current).toBeNull();
  });

  it('Fit to partners on a scene with its own camera forgets it, and a move off the frame too', () => {
    const fitted = presenting(tashkent);
    fitted.watch.touched();
    fitted.watch.settled(null);
    expect(fitted.briefing.getState().current).toBeNull();
    const framed = presenting(null);
    framed.watch.touched();
    framed.watch.settled(tashkent);
    expect(framed.briefing.getState().current).toBeNull();
  });

  it('a move the user did not make (a flight, a resize into presentation mode) keeps the scene', () => {
    const { briefing, watch } = presenting(tashkent);
    watch.settled({ lng: 70.7, lat: 41.3, zoom: 5 });
    watch.settled(null);
    expect(briefing.getState().current).toBe('s2');
  });

  it('a touch that left the map where it was keeps the scene, and a later move of its own too', () => {
    const { briefing, watch } = presenting(tashkent);
    watch.touched();
    watch.settled({ lng: 69.25, lat: 41.3, zoom: 5 });
    watch.settled({ lng: 70.7, lat: 41.3, zoom: 5 });
    expect(briefing.getState().current).toBe('s2');
  });

  it('a touch before the scene was opened is not held against it', () => {
    const atlas = createAtlasStore({ to: 2019 });
    const briefing = createBriefingStore();
    const watch = createSceneWatch(atlas, briefing);
    watch.start();
    watch.settled(tashkent);
    watch.touched();
    briefing.setState({ current: 's1' });
    watch.settled(null);
    expect(briefing.getState().current).toBe('s1');
  });

  it('the SVG map (no camera, ever) never forgets a scene for its camera', () => {
    const { briefing, watch } = presenting(null);
    watch.touched();
    watch.settled(null);
    expect(briefing.getState().current).toBe('s2');
  });

  it('no map to ask (undefined) keeps the scene', () => {
    const { briefing, watch } = presenting(tashkent);
    watch.touched();
    watch.settled(undefined);
    expect(briefing.getState().current).toBe('s2');
  });
});

describe('where the presenter left the briefing', () => {
  it('entering presentation mode with no scene on screen leaves nothing to resume', () => {
    const atlas = createAtlasStore();
    const briefing = createBriefingStore();
    const watch = createSceneWatch(atlas, briefing);
    watch.start();
    briefing.setState({ current: 's4' });
    atlas.setState({ to: 2020 });
    atlas.setState({ presenting: true });
    expect(watch.left()).toBeNull();
  });

  it('a scene shown during the presentation, then left by a year step, is where it resumes', () => {
    const { atlas, watch } = presenting();
    atlas.setState({ presenting: true });
    expect(watch.left()).toBe('s2');
    atlas.setState({ to: 2021 });
    expect(watch.left()).toBe('s2');
  });
});

describe('nextSceneIndex()', () => {
  it('steps from the scene on screen and stops at either end', () => {
    expect(nextSceneIndex(4, 1, -1, 1)).toBe(2);
    expect(nextSceneIndex(4, 1, -1, -1)).toBe(0);
    expect(nextSceneIndex(4, 3, -1, 1)).toBe(3);
    expect(nextSceneIndex(4, 0, -1, -1)).toBe(0);
  });

  it('with no scene on screen and none left, PageDown opens the first and PageUp the last', () => {
    expect(nextSceneIndex(4, -1, -1, 1)).toBe(0);
    expect(nextSceneIndex(4, -1, -1, -1)).toBe(3);
  });

  it('after leaving scene 2 (index 1), PageDown opens scene 3 and PageUp scene 2 again', () => {
    expect(nextSceneIndex(4, -1, 1, 1)).toBe(2);
    expect(nextSceneIndex(4, -1, 1, -1)).toBe(1);
  });

  it('after leaving the last scene, PageDown shows it again', () => {
    expect(nextSceneIndex(4, -1, 3, 1)).toBe(3);
  });

  it('no scenes: -1', () => {
    expect(nextSceneIndex(0, -1, -1, 1)).toBe(-1);
  });
});

describe('sameCamera()', () => {
  it('the partners frame is only the same as itself', () => {
    expect(sameCamera(null, null)).toBe(true);
    expect(sameCamera(null, tashkent)).toBe(false);
    expect(sameCamera(tashkent, null)).toBe(false);
  });

  it('at zoom 4 (22.76 px a degree), 0.04° apart is the same view and 0.05° is not', () => {
    const a = { lng: 0, lat: 0, zoom: 4 };
    expect(sameCamera(a, { lng: 0.04, lat: 0, zoom: 4 })).toBe(true);
    expect(sameCamera(a, { lng: 0.05, lat: 0, zoom: 4 })).toBe(false);
  });

  it('the same place in another copy of the world is the same view', () => {
    expect(sameCamera({ lng: 190, lat: 10, zoom: 3 }, { lng: -170, lat: 10, zoom: 3 })).toBe(true);
  });

  it('zoom levels 0.005 apart are the same, 0.05 apart are not', () => {
    expect(sameCamera(tashkent, { ...tashkent, zoom: 5.005 })).toBe(true);
    expect(sameCamera(tashkent, { ...tashkent, zoom: 5.05 })).toBe(false);
  });

  it('a camera holding NaN is not the same as any', () => {
    expect(sameCamera({ ...tashkent, lng: NaN }, tashkent)).toBe(false);
    expect(sameCamera({ ...tashkent, zoom: NaN }, { ...tashkent, zoom: NaN })).toBe(false);
  });
});
