import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { AtlasMapHandle } from '../../map/atlasMapTypes';
import { newSceneId, scenesFromJson, scenesToJson, type Scene } from '../../state/scenes';
import { decodeScenes, encodeScenes, scenesInHash, SCENES_HASH_KEY } from '../../state/scenesLink';
import { browserStorage, loadStoredScenes, saveStoredScenes } from '../../state/scenesStorage';
import { createBriefingStore, type BriefingStore } from '../../state/scenesStore';
import { saveBlob } from '../download';
import { stateFromUrl, type AtlasSession } from '../useAtlasSession';
import { SCENES_FILE_MAX_MB, type ScenesNotice } from './scenesNotice';
import { describeView, searchForScene, viewOf } from './sceneView';

/** What the scenes panel, the presenter's keys, the `Scene` status and the exports can do. */
export interface Briefing {
  readonly store: BriefingStore;
  /** Saves the view on screen as a new last scene; a blank title gets the view's description. */
  readonly save: (title: string, notes: string) => void;
  /** The default title for the view on screen. */
  readonly describe: () => string;
  /** Restores the scene's view and flies the camera there (instantly when `animate` is false). */
  readonly open: (id: string, animate?: boolean) => void;
  /** Opens the next (+1) or previous (−1) scene; false when there are no scenes. */
  readonly step: (delta: number) => boolean;
  readonly jump: (to: 'first' | 'last') => boolean;
  /** Replaces the list (reordered, renamed, deleted, imported) and stores it. */
  readonly replace: (scenes: readonly Scene[]) => void;
  readonly exportFile: () => void;
  readonly importFile: (file: File) => void;
  /** `scenes=…` for a link holding the briefing, or null without scenes. */
  readonly linkHash: () => Promise<string | null>;
}

/** Runs `fn` once React has drawn the state just set (two frames: render, then effects). */
function afterRender(fn: () => void): void {
  requestAnimationFrame(() => requestAnimationFrame(fn));
}

/** Drops a `#scenes=` hash from the address bar once the list it held has changed. */
function dropSceneHash(): void {
  if (scenesInHash(window.location.hash) === null) return;
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}`);
}

/**
 * Owns the briefing: loads the scenes from storage (or from a `#scenes=` link), keeps storage
 * following every change, and opens scenes through the same URL reading as a shared link.
 */
export function useBriefing(
  session: AtlasSession,
  mapRef: RefObject<AtlasMapHandle | null>,
): Briefing {
  const { store, dataset, currentSelection, notify } = session;
  const [briefing] = useState(() => createBriefingStore());
  const warned = useRef(false);
  const latest = useRef({ dataset, currentSelection });
  useEffect(() => {
    latest.current = { dataset, currentSelection };
  });
  const tell = useRef((n: ScenesNotice) => notify({ kind: 'scenes', scenes: n }));
  useEffect(() => {
    tell.current = (n) => notify({ kind: 'scenes', scenes: n });
  });

  useEffect(() => {
    const stored = loadStoredScenes(browserStorage());
    briefing.setState({ scenes: stored.scenes });
    if (stored.status === 'corrupt')
      tell.current({ what: 'stored-corrupt', problems: stored.problems });
    const value = scenesInHash(window.location.hash);
    if (value === null) return;
    void decodeScenes(value).then((r) => {
      if (r.ok) {
        briefing.setState({ scenes: r.scenes, fromLink: true, current: null });
        tell.current({ what: 'link-opened', count: r.scenes.length });
      } else tell.current({ what: 'link-invalid', problems: r.problems });
    });
  }, [briefing]);

  return useMemo(() => {
    const replace = (scenes: readonly Scene[]) => {
      const { current } = briefing.getState();
      const keep = scenes.some((s) => s.id === current);
      briefing.setState({ scenes, fromLink: false, current: keep ? current : null });
      dropSceneHash();
      if (!saveStoredScenes(browserStorage(), scenes) && !warned.current) {
        warned.current = true;
        tell.current({ what: 'not-stored' });
      }
    };
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
    const goTo = (index: (n: number, at: number) => number): boolean => {
      const { scenes, current } = briefing.getState();
      if (scenes.length === 0) return false;
      const at = scenes.findIndex((s) => s.id === current);
      const next = scenes[Math.max(0, Math.min(scenes.length - 1, index(scenes.length, at)))];
      if (next && next.id !== current) open(next.id);
      return true;
    };
    return {
      store: briefing,
      replace,
      describe,
      open,
      step: (delta) => goTo((n, at) => (at < 0 ? (delta > 0 ? 0 : n - 1) : at + delta)),
      jump: (to) => goTo((n) => (to === 'first' ? 0 : n - 1)),
      save: (title, notes) => {
        const { scenes } = briefing.getState();
        const scene: Scene = {
          id: newSceneId(scenes),
          title: title.trim() || describe(),
          notes: notes.trim(),
          view: viewOf(store.getState()),
          camera: mapRef.current?.getCamera() ?? null,
        };
        replace([...scenes, scene]);
        briefing.setState({ current: scene.id });
      },
      exportFile: () => {
        const text = scenesToJson(briefing.getState().scenes);
        saveBlob(new Blob([text], { type: 'application/json' }), 'cooperation-atlas-scenes.json');
      },
      importFile: (file) => {
        if (file.size > SCENES_FILE_MAX_MB * 1024 * 1024) {
          tell.current({ what: 'file-too-big', name: file.name });
          return;
        }
        void file.text().then(
          (text) => {
            const r = scenesFromJson(text);
            if (!r.ok) {
              tell.current({ what: 'import-invalid', name: file.name, problems: r.problems });
              return;
            }
            replace(r.scenes);
            tell.current({ what: 'imported', name: file.name, count: r.scenes.length });
          },
          () => {
            const problems = [{ path: '', message: 'could not be read' }];
            tell.current({ what: 'import-invalid', name: file.name, problems });
          },
        );
      },
      linkHash: async () => {
        const { scenes } = briefing.getState();
        return scenes.length === 0 ? null : `${SCENES_HASH_KEY}=${await encodeScenes(scenes)}`;
      },
    } satisfies Briefing;
  }, [briefing, store, notify, mapRef]);
}
