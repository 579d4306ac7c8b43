import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MAP_COLORS } from '../../src/map/mapColors';
import { openApp, pngColours, useE2E, waitForMapIdle } from './session';

/** Kazakhstan's extent, [lon, lat] corners, a little beyond its borders. */
const KAZ_BOX = [
  [45.5, 56],
  [88, 40],
] as const;

/**
 * Kazakhstan's outline at the bundled data's framing (1280×800) is some 600 pixels long and over
 * a pixel wide (several hundred pixels of its colour, less what antialiasing blends); a map
 * without it shows almost none of these colours there.
 */
const OUTLINED = 150;
const NOT_OUTLINED = 20;

/** How many pixels of `colour` the canvas shows around Kazakhstan, labels and tooltip hidden. */
async function pixelsAroundKazakhstan(page: Page, colour: string): Promise<number> {
  await page.addStyleTag({
    content: '.atlas-map__labels, .atlas-map__tooltip { display: none !important; }',
  });
  const corners = await page.evaluate(
    (box) => box.map(([lon, lat]) => window.__atlasMap!.project([lon!, lat!])),
    KAZ_BOX.map((c) => [...c]),
  );
  const [a, b] = corners;
  const canvas = page.getByRole('region', { name: 'World map' }).locator('canvas').first();
  const png = await canvas.screenshot();
  const box = {
    x: Math.max(0, Math.round(a!.x)),
    y: Math.max(0, Math.round(a!.y)),
    width: Math.round(b!.x - a!.x),
    height: Math.round(b!.y - a!.y),
  };
  return (await pngColours(page, png, { step: 1, box, near: colour })).near;
}

describe('country outlines on the WebGL map', () => {
  const s = useE2E();

  it('outlines the country of a link’s ?country= in the selection colour once the map is idle', async () => {
    await openApp(s, '?country=KAZ');
    expect(await pixelsAroundKazakhstan(s.page, MAP_COLORS.selected)).toBeGreaterThan(OUTLINED);
  });

  it('outlines a hovered partner in the hover colour, and no country before', async () => {
    await openApp(s);
    expect(await pixelsAroundKazakhstan(s.page, MAP_COLORS.selected)).toBeLessThan(NOT_OUTLINED);
    expect(await pixelsAroundKazakhstan(s.page, MAP_COLORS.hover)).toBeLessThan(NOT_OUTLINED);
    const at = await s.page.evaluate(() => window.__atlasMap!.project([66, 44.5]));
    const canvas = s.page.getByRole('region', { name: 'World map' }).locator('canvas').first();
    const box = (await canvas.boundingBox())!;
    await s.page.mouse.move(box.x + at.x, box.y + at.y);
    await expect
      .poll(async () => {
        await waitForMapIdle(s.page);
        return pixelsAroundKazakhstan(s.page, MAP_COLORS.hover);
      })
      .toBeGreaterThan(OUTLINED);
  });
});
