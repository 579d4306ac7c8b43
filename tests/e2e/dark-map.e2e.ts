import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIXTURE } from './expected';
import { svgPixels, webglPixels } from './mapPixels';
import { openApp, sameColour, type E2ESession, useE2E, waitForMapIdle } from './session';

/**
 * Colours the map must show, written by hand from the tokens' values (src/theme/tokens.ts). The
 * fixture's largest count is 4 (Kazakhstan), so its four steps take shades 1, 3, 4 and 6 of six:
 * Kazakhstan (4) the sixth, Mongolia (1) the first.
 */
const DARK = { land: '#3a4049', kaz: '#cde3f5', mng: '#28568c', sea: '#0f1b26' };
const LIGHT = { land: '#dcdcd7', kaz: '#094589', mng: '#afd1e7' };

/** A point well inside each country, [lon, lat], away from labels and arcs (as in map.e2e.ts). */
const INSIDE = { KAZ: [66, 44.5], MNG: [104, 44], CHN: [88, 33] } as const;
type Place = keyof typeof INSIDE;
const PLACES: Place[] = ['KAZ', 'MNG', 'CHN'];
/** Where the colours are read, in the order of PLACES. */
const AT = PLACES.map((p) => INSIDE[p]);

const hexOf = (rgb: string) =>
  `#${(rgb.match(/\d+/g) ?? [])
    .slice(0, 3)
    .map((v) => Number(v).toString(16).padStart(2, '0'))
    .join('')}`;

/** The legend's swatch colour for the step labelled `label`. */
async function swatch(page: Page, label: string): Promise<string> {
  const rows = await page
    .locator('.atlas-map__steps li')
    .evaluateAll((els) =>
      els.map((e) => [
        e.textContent.trim(),
        getComputedStyle(e.querySelector('.atlas-map__swatch')!).backgroundColor,
      ]),
    );
  const row = rows.find(([l]) => l === label);
  return row ? hexOf(row[1] ?? '') : `no step ${label}`;
}

/** Opens the app in the dark theme, then the fixture (waiting generously: the machine may be loaded). */
async function openFixtureDark(s: E2ESession): Promise<void> {
  await openApp(s, '?theme=dark');
  await s.page.getByLabel('Open dataset').setInputFiles(FIXTURE.path);
  await expect
    .poll(() => s.page.locator('h1').textContent(), { timeout: 60_000 })
    .toBe(FIXTURE.title);
  await waitForMapIdle(s.page);
}

/** Which of KAZ, MNG, CHN do not show `want` (empty when all do). */
function mismatches(seen: (string | null)[], want: readonly string[]): string[] {
  return PLACES.flatMap((p, i) =>
    sameColour(seen[i] ?? null, want[i] ?? '') ? [] : [`${p}: ${seen[i]} instead of ${want[i]}`],
  );
}

describe('the map in the dark theme', () => {
  const s = useE2E();

  it('paints the WebGL map dark, and back to light on the same map when the theme switches', async () => {
    await openFixtureDark(s);
    expect(await s.page.getAttribute('[data-map-renderer]', 'data-map-renderer')).toBe('webgl');
    expect(await swatch(s.page, '4')).toBe(DARK.kaz);
    expect(await swatch(s.page, '1')).toBe(DARK.mng);
    await expect
      .poll(
        async () => mismatches(await webglPixels(s.page, AT), [DARK.kaz, DARK.mng, DARK.land]),
        {
          timeout: 30_000,
        },
      )
      .toEqual([]);
    // The same MapLibre map is repainted, not created anew.
    await s.page.evaluate(() => {
      (window.__atlasMap as unknown as { darkTest?: boolean }).darkTest = true;
    });
    await s.page.getByRole('button', { name: 'Light theme' }).click();
    await waitForMapIdle(s.page);
    await expect
      .poll(
        async () => mismatches(await webglPixels(s.page, AT), [LIGHT.kaz, LIGHT.mng, LIGHT.land]),
        { timeout: 30_000 },
      )
      .toEqual([]);
    expect(await swatch(s.page, '4')).toBe(LIGHT.kaz);
    expect(
      await s.page.evaluate(
        () => (window.__atlasMap as unknown as { darkTest?: boolean }).darkTest,
      ),
    ).toBe(true);
    expect(s.errors).toEqual([]);
  }, 300_000);
});

describe('the SVG map in the dark theme (phone)', () => {
  const s = useE2E({ width: 390, height: 844 });

  it('fills partners with the dark steps, other land dark, legend and panel dark', async () => {
    await openFixtureDark(s);
    expect(await s.page.getAttribute('[data-map-renderer]', 'data-map-renderer')).toBe('svg');
    const region = s.page.getByRole('region', { name: 'World map' });
    const kaz = region.getByRole('button', { name: /^Kazakhstan/ });
    await expect
      .poll(async () => hexOf(await kaz.evaluate((e) => getComputedStyle(e).fill)))
      .toBe(DARK.kaz);
    await expect
      .poll(async () => mismatches(await svgPixels(s.page, AT), [DARK.kaz, DARK.mng, DARK.land]), {
        timeout: 30_000,
      })
      .toEqual([]);
    expect(await swatch(s.page, '1')).toBe(DARK.mng);
    expect(hexOf(await region.evaluate((e) => getComputedStyle(e).backgroundColor))).toBe(DARK.sea);
    expect(s.errors).toEqual([]);
  }, 300_000);
});
