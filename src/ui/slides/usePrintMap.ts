import { useEffect, useRef, type RefObject } from 'react';
import type { AtlasMapHandle } from '../../map/atlasMapTypes';

/** Quiet time after the map settles before its print picture is refreshed, in ms. */
const QUIET_MS = 1000;
/** The printed map box, in CSS px at 96 dpi (about 277 × 120 mm). */
const PRINT_BOX = { width: 1046, height: 454 } as const;

/**
 * Keeps a still picture of the map for printing: a WebGL canvas prints blank (its buffer is not
 * kept), so once the map has been idle for a moment its snapshot is drawn into `holder`, which the
 * print stylesheet shows in the map's place. Returns the holder's ref.
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
