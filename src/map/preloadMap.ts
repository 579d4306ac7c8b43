/** Screens this narrow (phones) open on the SVG map (the same query as AtlasMap's). */
const PHONE_QUERY = '(max-width: 600px)';

/**
 * Starts loading the map's code while the page hydrates, and on wider screens MapLibre's too, and
 * starts MapLibre's worker: the map is then created as soon as its box exists, not after a chain
 * of lazy loads that each wait for the previous one (hydration → AtlasMap → MapLibreView), and
 * its worker is ready for it. The build preloads the same chunks from index.html (vite.config.ts).
 * Phones load MapLibre only when the visitor asks for the interactive map.
 */
export function preloadMap(): void {
  void import('./AtlasMap');
  if (window.matchMedia(PHONE_QUERY).matches) return;
  void import('./MapLibreView');
  void import('./createAtlasMap').then((m) => {
    m.prewarmMapLibre();
  });
}
