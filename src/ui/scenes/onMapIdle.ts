/**
 * Calls `fn` each time the map comes to rest. The map region sets `data-map-idle="true"` at every
 * MapLibre `idle`, after a camera move as after a data change (the SVG map when it is drawn); a
 * mutation record comes for every such write, even when the value was already "true".
 */
export function onMapIdle(fn: () => void): () => void {
  const observer = new MutationObserver((records) => {
    const idle = records.some(
      (r) => r.target instanceof Element && r.target.getAttribute('data-map-idle') === 'true',
    );
    if (idle) fn();
  });
  observer.observe(document.body, {
    subtree: true,
    attributes: true,
    attributeFilter: ['data-map-idle'],
  });
  return () => observer.disconnect();
}
