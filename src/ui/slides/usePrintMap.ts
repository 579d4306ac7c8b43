import { useLayoutEffect, useRef, type RefObject } from 'react';
import type { AtlasMapHandle } from '../../map/atlasMapTypes';
import { coverPosition } from './coverPosition';

/** The printed map box (print.css: A4 landscape within 10 mm margins, 110 mm high), in mm. */
const PRINT_BOX = { width: 277, height: 110 } as const;

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
    const focus = labelsCentre();
    if (focus) {
      const at = coverPosition(focus.map, PRINT_BOX, focus);
      picture.style.objectPosition = `${at.x}% ${at.y}%`;
    }
    el.replaceChildren(picture);
    el.dataset.ready = 'true';
  }, [mapRef]);
  return holder;
}

/**
 * The middle of the map labels on screen (the partners and home), in CSS px of the map canvas,
 * with the canvas size; null without a canvas or labels.
 */
function labelsCentre(): { x: number; y: number; map: { width: number; height: number } } | null {
  const canvas = document.querySelector('.atlas-map .maplibregl-canvas');
  if (!canvas) return null;
  const frame = canvas.getBoundingClientRect();
  const boxes = [...document.querySelectorAll('.atlas-map__label')]
    .filter((el) => getComputedStyle(el).visibility !== 'hidden')
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 0);
  if (boxes.length === 0 || frame.width === 0) return null;
  const top = Math.min(...boxes.map((r) => r.top));
  const bottom = Math.max(...boxes.map((r) => r.bottom));
  const left = Math.min(...boxes.map((r) => r.left));
  const right = Math.max(...boxes.map((r) => r.right));
  return {
    x: (left + right) / 2 - frame.left,
    y: (top + bottom) / 2 - frame.top,
    map: { width: frame.width, height: frame.height },
  };
}
