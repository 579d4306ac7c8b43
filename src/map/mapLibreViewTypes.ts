import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Ref, RefObject } from 'react';
import type { AtlasMapHandle, AtlasMapProps } from './atlasMapTypes';
import type { CountStep } from './countSteps';
import { fitPartners } from './fitPartners';
import type { ArcPartner } from './toArcFeatures';

/** How far the WebGL map's world is: see {@link MapLibreViewProps.onWorldStatus}. */
export type MapWorldStatus = 'loading' | 'shown' | 'ready' | 'error';

export interface MapLibreViewProps extends Omit<AtlasMapProps, 'ref'> {
  readonly ref?: Ref<AtlasMapHandle> | undefined;
  /** The map region; gets `data-map-idle` and `data-partners`. */
  readonly regionRef: RefObject<HTMLElement | null>;
  /**
   * Called when the countries are first drawn (`shown`: the SVG pictures over the map start to
   * fade out), once they have (`ready`), or when they could not be loaded (`error`).
   */
  readonly onWorldStatus: (status: Exclude<MapWorldStatus, 'loading'>) => void;
  readonly steps: readonly CountStep[];
  /** Members of the dataset's groups: the via outline's filter. */
  readonly groupMembers: readonly string[];
  readonly maxCount: number;
  /** Every country that can be a partner in the dataset, with its total count. */
  readonly candidates: readonly ArcPartner[];
  /** Called when MapLibre cannot get a WebGL context. */
  readonly onUnavailable: () => void;
}

/** What the map's listeners and handle share, set up once per map. */
export interface MapLibreRefs {
  /** The latest props, for listeners set up once. */
  readonly latest: RefObject<MapLibreViewProps>;
  /**
   * Whether the camera still shows the partners' frame (from the start or "Fit to partners"): then
   * a resize (details opening beside the map, a window resized) frames them again; once the
   * visitor pans or zooms, their view is theirs.
   */
  readonly framed: RefObject<boolean>;
}

/** Frames home and the partners of `p`'s selection. */
export function framePartners(m: MapLibreMap, p: MapLibreViewProps, animate: boolean): void {
  fitPartners(m, p.dataset.home, p.selection.partners, animate);
}
