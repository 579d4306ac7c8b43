import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The content width of `ref`'s element in px, kept current with a ResizeObserver;
 * `fallback` until it is measured (or where ResizeObserver does not exist).
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback = 360): number {
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const update = (w: number): void => {
      if (w > 0) setWidth(Math.floor(w));
    };
    update(el.getBoundingClientRect().width);
    if (typeof ResizeObserver !== 'function') return undefined;
    const ro = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) update(entry.contentRect.width);
    });
    ro.observe(el);
    return () => {
      ro.disconnect();
    };
  }, [ref]);
  return width;
}
