import { useEffect, useRef, type RefObject } from 'react';

/**
 * Calls `onFail` when the WebGL map's canvas loses its context (a GPU reset, a driver crash, the
 * browser reclaiming contexts): MapLibre cannot draw again without it, so the SVG map takes over.
 * Listens on the map region in the capture phase, since `webglcontextlost` does not bubble.
 */
export function useMapLibreFailure(
  regionRef: RefObject<HTMLElement | null>,
  active: boolean,
  onFail: () => void,
): void {
  const latest = useRef(onFail);
  useEffect(() => {
    latest.current = onFail;
  });
  useEffect(() => {
    const region = regionRef.current;
    if (!active || !region) return undefined;
    const lost = (e: Event) => {
      if (e.target instanceof HTMLCanvasElement) latest.current();
    };
    region.addEventListener('webglcontextlost', lost, true);
    return () => region.removeEventListener('webglcontextlost', lost, true);
  }, [regionRef, active]);
}
