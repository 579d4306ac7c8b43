import type { Locator, Page } from 'playwright-core';
import { svgProjection } from '../../src/map/svgBasemap';
import { dominantColours, type Pixel } from './session';

/** A place on the map, [lon, lat]. */
export type LonLat = readonly [number, number];

/**
 * Dominant colours on the MapLibre canvas at each place, or `camera moving` for all of them when
 * the camera moved while the screenshot was taken.
 */
export async function webglPixels(
  page: Page,
  places: readonly LonLat[],
): Promise<(string | null)[]> {
  const project = () =>
    page.evaluate(
      (lonLats) =>
        lonLats.map((ll) => {
          const p = window.__atlasMap!.project([ll[0]!, ll[1]!]);
          return { x: p.x, y: p.y };
        }),
      places.map((p) => [...p]),
    );
  const canvas = page.getByRole('region', { name: 'World map' }).locator('canvas').first();
  const before = await project();
  const png = await canvas.screenshot();
  if (JSON.stringify(await project()) !== JSON.stringify(before))
    return places.map(() => 'camera moving');
  return dominantColours(page, png, before, 2);
}

/**
 * Dominant colours on the SVG map at each place (projected as the build projects the map), or
 * `page moving` for all of them when the map moved while the screenshot was taken.
 */
export async function svgPixels(page: Page, places: readonly LonLat[]): Promise<(string | null)[]> {
  const svg = page.getByRole('region', { name: 'World map' }).locator('svg').first();
  await svg.scrollIntoViewIfNeeded();
  const screen = () => svgScreenPoints(svg, places);
  const at: Pixel[] = await screen();
  const png = await page.screenshot();
  if (JSON.stringify(await screen()) !== JSON.stringify(at)) return places.map(() => 'page moving');
  return dominantColours(page, png, at, 1);
}

/** Where each place lies on the page, CSS px, in the SVG map `svg` (projected as the build does). */
export function svgScreenPoints(svg: Locator, places: readonly LonLat[]): Promise<Pixel[]> {
  const projection = svgProjection();
  const user = places.map((p) => projection([...p])!);
  return svg.evaluate((el, points) => {
    const m = (el as SVGSVGElement).getScreenCTM()!;
    return points.map(([x, y]) => {
      const q = new DOMPoint(x, y).matrixTransform(m);
      return { x: q.x, y: q.y };
    });
  }, user);
}
