import type { Ref } from 'react';
import type { CompareClass } from '../data/compare';
import type { Selection } from '../data/selection';
import type { Dataset } from '../data/types';
import type { Lang } from '../i18n/lang';
import type { MapCamera } from '../state/scenes';

/** What the app can ask of the map. */
export interface AtlasMapHandle {
  /** Frames home and every partner of the selection (the initial view). */
  fitToPartners(): void;
  /**
   * The map as currently shown: the WebGL map with its labels, drawn at enough pixels to cover
   * `box` (at least the device's), or the SVG map drawn for a box of `box`'s shape (its whole
   * frame in view) at about 1.5× that size; null when the map is not ready.
   */
  snapshot(box: {
    readonly width: number;
    readonly height: number;
  }): Promise<HTMLCanvasElement | null>;
  /**
   * The WebGL map at device pixels with its labels, taken within the call (for `beforeprint`,
   * which cannot wait); null for the SVG map, which prints as it is, or when the map is not ready.
   */
  snapshotNow(): HTMLCanvasElement | null;
  /**
   * Where the map looks, for a scene; null while it shows the partners' frame (from the start or
   * `Fit to partners`), or when the map cannot move (the SVG map).
   */
  getCamera(): MapCamera | null;
  /**
   * Moves to `camera` (null: frames the partners of the selection shown). Flies unless
   * `animate` is false; `animate` defaults to "unless the visitor prefers reduced motion".
   */
  flyTo(camera: MapCamera | null, options?: { readonly animate?: boolean }): void;
  /** Zooms in (`zoom` > 0) or out by `zoom` levels and pans by `pan` CSS px, from the keyboard. */
  nudge(move: { readonly zoom?: number; readonly pan?: readonly [number, number] }): void;
}

export interface AtlasMapProps {
  readonly dataset: Dataset;
  readonly selection: Selection;
  readonly lang: Lang;
  /** ISO3 of the country whose details are open; it keeps a strong outline. */
  readonly selectedCountry: string | null;
  /** Called with the ISO3 code when a partner country is clicked. */
  readonly onSelectCountry: (iso3: string) => void;
  /** Presentation mode: bigger labels and legend. */
  readonly presenting: boolean;
  readonly reducedMotion: boolean;
  /** `Compare periods`: each partner country of either period and its class; null when off. */
  readonly compareClasses?: ReadonlyMap<string, CompareClass> | null;
  /** The keyboard map's current country (outlined, not opened); null when none. */
  readonly focusedCountry?: string | null;
  readonly ref?: Ref<AtlasMapHandle>;
}
