import type { AtlasState } from '../../state/atlasState';
import type { MapCamera } from '../../state/scenes';
import type { BriefingState, BriefingStore } from '../../state/scenesStore';
import type { AtlasStore } from '../../state/store';
import { sameCamera } from './sameCamera';
import { viewOf } from './sceneView';

/**
 * Keeps the briefing's `current` true to the screen: the scene is forgotten as soon as the view
 * is no longer it (filters, years, country, compare or language changed, or the map moved by the
 * user), so the `Scene` status never names a scene that is not shown and PageDown does not count
 * from it.
 */
export interface SceneWatch {
  /** Follows both stores; returns the function that stops following them. */
  readonly start: () => () => void;
  /**
   * The user set about moving the map (dragged it, turned the wheel, pressed its buttons or keys):
   * if it comes to rest elsewhere, the move was theirs. The map's own moves (flying to a scene,
   * reframing or keeping within bounds when presentation mode resizes it) are not held against
   * the scene.
   */
  readonly touched: () => void;
  /** The map came to rest showing `camera` (undefined: no map to ask). */
  readonly settled: (camera: MapCamera | null | undefined) => void;
  /** The scene current last since presentation mode began (null: none), where PageDown resumes. */
  readonly left: () => string | null;
}

export function createSceneWatch(atlas: AtlasStore, briefing: BriefingStore): SceneWatch {
  /** The current scene's view ({@link viewOf} the state when it became current); null = none. */
  let watched: string | null = null;
  let left: string | null = null;
  /** The camera when the map last came to rest; undefined = not yet. */
  let rest: MapCamera | null | undefined;
  /** The user touched the map since it last came to rest. */
  let moved = false;
  const follow = (current: string | null) => {
    // Whatever made a scene current (opening it, or the slide export putting it back) has just
    // set its view, so the view now is the scene's; a touch before belonged to the view before.
    watched = current === null ? null : viewOf(atlas.getState());
    moved = false;
    if (current !== null) left = current;
  };
  const forget = () => {
    if (briefing.getState().current !== null) briefing.setState({ current: null });
  };
  const onBriefing = (s: BriefingState, prev: BriefingState) => {
    if (s.current !== prev.current) follow(s.current);
  };
  const onAtlas = (s: AtlasState, prev: AtlasState) => {
    if (s.presenting && !prev.presenting) left = briefing.getState().current;
    if (watched !== null && viewOf(s) !== watched) forget();
  };
  return {
    start: () => {
      follow(briefing.getState().current);
      const offAtlas = atlas.subscribe(onAtlas);
      const offBriefing = briefing.subscribe(onBriefing);
      return () => {
        offAtlas();
        offBriefing();
      };
    },
    touched: () => {
      moved = true;
    },
    settled: (camera) => {
      if (camera === undefined) return;
      if (moved && watched !== null && rest !== undefined && !sameCamera(rest, camera)) forget();
      rest = camera;
      moved = false;
    },
    left: () => left,
  };
}
