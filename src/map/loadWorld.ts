import { svgWorldUrl } from 'virtual:atlas-svg-world';
import { isSvgBasemap, type SvgBasemap } from './svgBasemap';

let cached: Promise<SvgBasemap> | undefined;

/**
 * For the SVG map only (the MapLibre map has its own basemap, see `mapWorld.ts`): fetches the
 * projected basemap the build made (a same-origin asset) once per page; later calls share the
 * same promise, and a failed load may be tried again.
 */
export function loadWorld(): Promise<SvgBasemap> {
  cached ??= fetch(new URL(svgWorldUrl, document.baseURI))
    .then(async (res) => {
      if (!res.ok) throw new Error(`World map data: HTTP ${res.status}`);
      const json: unknown = await res.json();
      if (!isSvgBasemap(json)) throw new Error('World map data: not the SVG basemap');
      return json;
    })
    .catch((err: unknown) => {
      cached = undefined;
      throw err;
    });
  return cached;
}
