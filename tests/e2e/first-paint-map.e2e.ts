import type { Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MAP_COLORS } from '../../src/map/mapColors';
import { svgScreenPoints } from './mapPixels';
import { pngColours, useE2E, waitForMapIdle } from './session';

/** Seoul and Asunción, [lon, lat]: home and the farthest partner of the bundled data. */
const SEOUL = [126.98, 37.57] as const;
const ASUNCION = [-57.64, -25.3] as const;

/** Korea's flag red: home's fill on every map (DESIGN). */
const HOME_RED = '#cd2e3a';

describe('a complete map at first paint', () => {
  const s = useE2E();

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
    { width: 390, height: 844 },
  ]) {
    it(`the page as served already holds the SVG map, filling the map area (${viewport.width}×${viewport.height}, no script)`, async () => {
      const context = await s.browser.newContext({ viewport, javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        await page.goto(s.baseUrl);
        const area = page.locator('.map-area');
        const svg = area.locator('svg').first();
        // Every country of the 110m basemap (177) plus the sphere, arcs and dots.
        expect(await svg.locator('path').count()).toBeGreaterThan(177);
        const [a, b] = await Promise.all([area.boundingBox(), svg.boundingBox()]);
        expect(b?.width).toBeCloseTo(a?.width ?? 0, 0);
        expect(b?.height).toBeCloseTo(a?.height ?? 0, 0);
        const png = await area.screenshot();
        const { distinct, near } = await pngColours(page, png, { step: 7, near: HOME_RED });
        // Sea, land, borders, the partners' blue steps, arcs: a picture, not a blank box.
        expect(distinct).toBeGreaterThan(12);
        expect(near).toBeGreaterThan(3);
        // The legend is there too, where the live map draws it: bottom left, steps as counted by
        // hand for the bundled data (most: Turkmenistan's 12), ASEAN's members only via ASEAN.
        const key = area.locator('.atlas-map__legend');
        await expect
          .poll(() => key.locator('.atlas-map__steps li').allTextContents())
          .toEqual(['1', '2', '3', '4', '5–7', '8–12']);
        expect(await key.textContent()).toContain('Only via ASEAN');
        const [k, m] = await Promise.all([key.boundingBox(), area.boundingBox()]);
        expect((k?.x ?? 0) - (m?.x ?? 0)).toBeLessThan(20);
        expect((m?.y ?? 0) + (m?.height ?? 0) - ((k?.y ?? 0) + (k?.height ?? 0))).toBeLessThan(20);
      } finally {
        await context.close();
      }
    });
  }

  it('hydrates the prerendered map as it is, then hands over to the live map without errors', async () => {
    // The first SVG map the parser inserts is remembered; hydration must keep that very node.
    await s.context.addInitScript({
      content: `new MutationObserver((_, obs) => {
        const svg = document.querySelector('.map-area svg');
        if (svg) { window.__firstMap = svg; obs.disconnect(); }
      }).observe(document, { childList: true, subtree: true });`,
    });
    await s.page.goto(s.baseUrl);
    await waitForMapIdle(s.page);
    const region = s.page.getByRole('region', { name: 'World map' });
    await expect.poll(() => region.getAttribute('data-map-picture')).toBe('done');
    expect(
      await s.page.evaluate(() => {
        const node = (window as { __firstMap?: Element }).__firstMap;
        return node?.isConnected === true && node.closest('.map-placeholder') !== null;
      }),
    ).toBe(true);
    // Once the live map shows its own picture, the prerendered one is gone from view.
    await expect.poll(() => s.page.locator('.map-placeholder svg').isVisible()).toBe(false);
    // One legend left, the live map's (the prerendered one made way for it).
    expect(await s.page.locator('.atlas-map__legend').count()).toBe(1);
    expect(s.errors).toEqual([]);
  });

  it('shows no live-map label over the picture until the live map itself shows', async () => {
    // The live map's countries are held back: it is created and places its labels, but cannot
    // draw the world, so the picture stays in front of it.
    const held: Route[] = [];
    await s.page.route('**/world-countries-*.json', (route) => {
      held.push(route);
    });
    await s.page.goto(s.baseUrl);
    const name = s.page.locator('.atlas-map__labels .atlas-map__label-name', {
      hasText: 'Kazakhstan',
    });
    await expect.poll(() => held.length).toBeGreaterThan(0);
    await expect.poll(async () => (await name.boundingBox())?.width ?? 0).toBeGreaterThan(20);
    const inkOf = async () =>
      (await pngColours(s.page, await name.screenshot(), { step: 1, near: MAP_COLORS.labelText }))
        .near;
    expect(await inkOf()).toBeLessThan(3);
    for (const route of held) await route.continue();
    await s.page.unroute('**/world-countries-*.json');
    await waitForMapIdle(s.page);
    // The name is written in the label ink once the map is there.
    await expect.poll(inkOf).toBeGreaterThan(15);
  });

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
  ]) {
    it(`the picture frames the partners as the live map then does: no zoom at the hand-over (${viewport.width}×${viewport.height})`, async () => {
      const page = s.page;
      await page.setViewportSize(viewport);
      await page.goto(s.baseUrl);
      const onPicture = await svgScreenPoints(page.locator('.map-placeholder svg'), [
        SEOUL,
        ASUNCION,
      ]);
      await waitForMapIdle(page);
      const box = (await page.locator('.atlas-map canvas').first().boundingBox())!;
      const onMap = await page.evaluate(
        (points) => points.map((p) => window.__atlasMap!.project([p[0]!, p[1]!])),
        [SEOUL, ASUNCION].map((p) => [...p]),
      );
      const live = onMap.map((q) => ({ x: box.x + q.x, y: box.y + q.y }));
      const span = (a: { x: number; y: number }[]) =>
        Math.hypot(a[1]!.x - a[0]!.x, a[1]!.y - a[0]!.y);
      const middle = (a: { x: number; y: number }[]) => ({
        x: (a[0]!.x + a[1]!.x) / 2,
        y: (a[0]!.y + a[1]!.y) / 2,
      });
      // The two projections differ (Natural Earth, Mercator): the same scale within a fifth, the
      // same centre within 6 % of the map's diagonal. A picture of the whole world fails both.
      expect(span(onPicture) / span(live)).toBeGreaterThan(0.8);
      expect(span(onPicture) / span(live)).toBeLessThan(1.25);
      const [m1, m2] = [middle(onPicture), middle(live)];
      expect(Math.hypot(m1.x - m2.x, m1.y - m2.y)).toBeLessThan(
        0.06 * Math.hypot(box.width, box.height),
      );
    });
  }
});
