import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { AtlasMapHandle } from '../../map/atlasMapTypes';
import { newSceneId, scenesToJson, type Scene } from '../../state/scenes';
import { decodeScenes, encodeScenes, scenesInHash, SCENES_HASH_KEY } from '../../state/scenesLink';
import { browserStorage, loadStoredScenes } from '../../state/scenesStorage';
import { createBriefingStore, type BriefingStore } from '../../state/scenesStore';
import { saveBlob } from '../download';
import { stateFromUrl, type AtlasSession } from '../useAtlasSession';
import { importScenesFile } from './importScenesFile';
import { nextSceneIndex } from './nextSceneIndex';
import { onMapIdle } from './onMapIdle';
import { onMapTouch } from './onMapTouch';
import { createSceneLists } from './sceneLists';
import type { ScenesNotice } from './scenesNotice';
import { describeView, searchForScene, viewOf } from './sceneView';
import { createSceneWatch } from './sceneWatch';

/** What the scenes panel, the presenter's keys, the `Scene` status and the exports can do. */
export interface Briefing {
  readonly store: BriefingStore;
  /** Saves the view on screen as a new last scene; a blank title gets the view's description. */
  readonly save: (title: string, notes: string) => void;
  /** The default title for the view on screen. */
  readonly describe: () => string;
  /** Restores the scene's view and flies the camera there (instantly when `animate` is false). */
  readonly open: (id: string, animate?: boolean) => void;
  /**
   * Opens the next (+1) or previous (−1) scene, or, when the view is not a scene, carries on from
   * the scene left last in this presentation (see {@link nextSceneIndex}); false without scenes.
   */
  readonly step: (delta: number) => boolean;
  readonly jump: (to: 'first' | 'last') => boolean;
  /** Replaces the list (reordered, renamed, deleted); stored, unless it is a link's (unsaved). */
  readonly replace: (scenes: readonly Scene[]) => void;
  /** Stores a link's scenes, as edited, in place of the browser's own. */
  readonly keepLinkScenes: () => void;
  /** Puts a link's scenes away and shows the browser's own again. */
  readonly backToOwnScenes: () => void;
  /** How many scenes the browser keeps stored (what keeping a link's scenes replaces). */
  readonly ownCount: () => number;
  readonly exportFile: () => void;
  readonly importFile: (file: File) => void;
  /** `scenes=…` for a link holding the briefing, or null without scenes. */
  readonly linkHash: () => Promise<string | null>;
}

/** Runs `fn` once React has drawn the state just set (two frames: render, then effects). */
function afterRender(fn: () => void): void {
  requestAnimationFrame(() => requestAnimationFrame(fn));
}

/**
 * Owns the briefing: loads the scenes from storage (or shows a `#scenes=` link's, unsaved, beside
 * them), keeps storage following the browser's own list, opens scenes through the same URL
 * reading as a shared link, and forgets the current scene once the view is no longer it.
 */
export function useBriefing(
  session: AtlasSession,
  mapRef: RefObject<AtlasMapHandle | null>,
): Briefing {
  const { store, dataset, currentSelection, notify } = session;
  const [briefing] = useState(() => createBriefingStore());
  const latest = useRef({ dataset, currentSelection });
  useEffect(() => {
    latest.current = { dataset, currentSelection };
  });
  const tell = useRef((n: ScenesNotice) => notify({ kind: 'scenes', scenes: n }));
  useEffect(() => {
    tell.current = (n) => notify({ kind: 'scenes', scenes: n });
  });
  const [lists] = useState(() => createSceneLists(briefing, (n) => tell.current(n)));
  const watch = useMemo(() => createSceneWatch(store, briefing), [store, briefing]);
  useEffect(() => watch.start(), [watch]);
  useEffect(() => {
    const offIdle = onMapIdle(() => {
      watch.settled(mapRef.current ? mapRef.current.getCamera() : undefined);
    });
    const offTouch = onMapTouch(watch.touched);
    return () => {
      offIdle();
      offTouch();
    };
  }, [watch, mapRef]);

  useEffect(() => {
    const stored = loadStoredScenes(browserStorage());
    lists.load(stored.scenes);
    if (stored.status === 'corrupt')
      tell.current({ what: 'stored-corrupt', problems: stored.problems });
    const value = scenesInHash(window.location.hash);
    if (value === null) return;
    void decodeScenes(value).then((r) => {
      if (r.ok) lists.openLink(r.scenes);
      else tell.current({ what: 'link-invalid', problems: r.problems });
    });
  }, [lists]);

  return useMemo(() => {
    const describe = () => {
      const d = latest.current.dataset;
      const sel = latest.current.currentSelection();
      return d && sel ? describeView(store.getState(), d, sel) : '';
    };
    const open = (id: string, animate?: boolean) => {
      const scene = briefing.getState().scenes.find((s) => s.id === id);
      const d = latest.current.dataset;
      if (!scene || !d) return;
      const { state, problems } = stateFromUrl(searchForScene(scene.view, store.getState()), d);
      store.setState({ ...store.getState(), ...state, playing: false });
      briefing.setState({ current: id });
      if (problems.length > 0) notify({ kind: 'url', problems });
      const options = animate === undefined ? undefined : { animate };
      afterRender(() => mapRef.current?.flyTo(scene.camera, options));
    };
    const goTo = (index: (scenes: readonly Scene[], at: number) => number): boolean => {
      const { scenes, current } = briefing.getState();
      const at = scenes.findIndex((s) => s.id === current);
      const next = scenes[index(scenes, at)];
      if (!next) return false;
      if (next.id !== current) open(next.id);
      return true;
    };
    return {
      store: briefing,
      replace: lists.edit,
      describe,
      open,
      step: (delta) =>
        goTo((scenes, at) => {
          const left = scenes.findIndex((s) => s.id === watch.left());
          return nextSceneIndex(scenes.length, at, left, delta);
        }),
      jump: (to) => goTo((scenes) => (to === 'first' ? 0 : scenes.length - 1)),
      save: (title, notes) => {
        const { scenes } = briefing.getState();
        const scene: Scene = {
          id: newSceneId(scenes),
          title: title.trim() || describe(),
          notes: notes.trim(),
          view: viewOf(store.getState()),
          camera: mapRef.current?.getCamera() ?? null,
        };
        // Not made current: a scene saved while preparing is not one the presentation has shown.
        lists.edit([...scenes, scene]);
      },
      keepLinkScenes: lists.keepLink,
      backToOwnScenes: lists.backToOwn,
      ownCount: () => lists.own().length,
      exportFile: () => {
        const text = scenesToJson(briefing.getState().scenes);
        saveBlob(new Blob([text], { type: 'application/json' }), 'cooperation-atlas-scenes.json');
      },
      importFile: (file) => {
        importScenesFile(file, lists, tell.current);
      },
      linkHash: async () => {
        const { scenes } = briefing.getState();
        return scenes.length === 0 ? null : `${SCENES_HASH_KEY}=${await encodeScenes(scenes)}`;
      },
    } satisfies Briefing;
  }, [briefing, store, notify, mapRef, lists, watch]);
}
