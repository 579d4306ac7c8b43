import { useEffect, useRef, type RefObject } from 'react';
import type { AtlasMapHandle } from '../../map/atlasMapTypes';

/** Quiet time after the map settles before its print picture is refreshed, in ms. */
const QUIET_MS = 1000;
/** The printed map box, in CSS px at 96 dpi (about 277 × 120 mm). */
const PRINT_BOX = { width: 1046, height: 454 } as const;

/** Whether the map on screen is MapLibre's canvas (its region's `data-map-renderer`, AtlasMap.tsx). */
const showsWebglMap = (): boolean =>
  document.querySelector('[data-map-renderer]')?.getAttribute('data-map-renderer') === 'webgl';

/**
 * Keeps a still picture of the map for printing: a WebGL canvas prints blank (its buffer is not
 * kept), so once the map has been idle for a moment its snapshot is drawn into `holder`, which the
 * print stylesheet shows in the map's place. The SVG map prints as it is, so it gets no picture:
 * drawing one is a long task of several hundred ms on a phone, right after the page opens.
 * Returns the holder's ref.
 */
export function usePrintMap(
  mapRef: RefObject<AtlasMapHandle | null>,
): RefObject<HTMLDivElement | null> {
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let timer = 0;
    let live = true;
    const take = () => {
      const map = mapRef.current;
      if (!map) return;
      if (!showsWebglMap()) {
        // Back on the SVG map (MapLibre failed): an old picture would print over it.
        holder.current?.replaceChildren();
        delete holder.current?.dataset.ready;
        return;
      }
      void map.snapshot(PRINT_BOX).then((canvas) => {
        if (!live || !canvas || !holder.current) return;
        canvas.className = 'print-map__picture';
        holder.current.replaceChildren(canvas);
        holder.current.dataset.ready = 'true';
      });
    };
    const onChange = () => {
      window.clearTimeout(timer);
      const region = document.querySelector('[data-map-idle]');
      if (region?.getAttribute('data-map-idle') === 'true')
        timer = window.setTimeout(take, QUIET_MS);
    };
    // Every idle sets the attribute again, the snapshot's own repaint included: only a change of
    // value is news (else each snapshot would schedule the next, a long task every second).
    const watch = new MutationObserver((records) => {
      if (records.some((r) => r.oldValue !== (r.target as Element).getAttribute('data-map-idle')))
        onChange();
    });
    watch.observe(document.body, {
      subtree: true,
      attributes: true,
      attributeFilter: ['data-map-idle'],
      attributeOldValue: true,
    });
    onChange();
    return () => {
      live = false;
      window.clearTimeout(timer);
      watch.disconnect();
    };
  }, [mapRef]);
  return holder;
}
