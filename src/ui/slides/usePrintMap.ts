import { useLayoutEffect, useRef, type RefObject } from 'react';
import type { AtlasMapHandle } from '../../map/atlasMapTypes';

/**
 * Whether MapLibre's canvas is the map on screen and has drawn the world: its region says
 * `data-map-renderer="webgl"` and has a `data-map-picture` state (AtlasMap.tsx). Until then the
 * SVG map standing in over it prints as it is.
 */
const showsWebglMap = (): boolean =>
  document.querySelector('[data-map-renderer="webgl"][data-map-picture]') !== null;

/**
 * A still picture of the map for printing, drawn into the returned holder as it mounts (within
 * `beforeprint`, see usePrinting): a WebGL canvas prints blank (its buffer is not kept), so the
 * print stylesheet shows the picture, labels drawn in, in the map's place. The SVG map prints as
 * it is and gets no picture.
 */
export function usePrintMap(
  mapRef: RefObject<AtlasMapHandle | null>,
): RefObject<HTMLDivElement | null> {
  const holder = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = holder.current;
    if (!el || !showsWebglMap()) return;
    const picture = mapRef.current?.snapshotNow();
    if (!picture) return;
    // Chromium prints a canvas drawn since it was last cleared from its drawing commands, scaled
    // by a rounded factor (the picture fell about 6 px short of its box); once a pixel has been
    // written it prints the bitmap, filling the box as before.
    const ctx = picture.getContext('2d');
    ctx?.putImageData(ctx.getImageData(0, 0, 1, 1), 0, 0);
    picture.className = 'print-map__picture';
    el.replaceChildren(picture);
    el.dataset.ready = 'true';
  }, [mapRef]);
  return holder;
}
