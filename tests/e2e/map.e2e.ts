import { chromium } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { getCountry } from '../../src/data/countries';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { bundledDataset, countryName, expectedSelection } from './expected';
import { detailsOf, openApp, useE2E, waitForMapIdle } from './session';

const dataset = bundledDataset();
const all = expectedSelection(dataset);
const numericOf = (iso3: string) => Number(getCountry(iso3)?.numeric);

describe('the WebGL map', () => {
  const s = useE2E();
  /** The feature state MapLibre holds for a country, as plain typed fields. */
  const state = (iso3: string) =>
    s.page.evaluate((id) => {
      const raw: unknown = window.__atlasMap?.getFeatureState({ source: 'countries', id });
      const fs = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
      return {
        count: typeof fs.count === 'number' ? fs.count : 0,
        via: fs.via === true,
        selected: fs.selected === true,
      };
    }, numericOf(iso3));

  it('holds each partner’s activity count in its feature state, and ASEAN-only members as via', async () => {
    await openApp(s);
    for (const p of all.partners) {
      const fs = await state(p.iso3);
      expect(fs.count, p.iso3).toBe(p.count);
    }
    const viaOnly = all.partners.find((p) => p.direct === 0);
    if (viaOnly) expect((await state(viaOnly.iso3)).via).toBe(true);
  });

  it('updates feature state, not the map or its camera, when a filter changes', async () => {
    const camera = () =>
      s.page.evaluate(() => {
        const m = window.__atlasMap!;
        return { center: m.getCenter().toArray(), zoom: m.getZoom() };
      });
    const before = await camera();
    await s.page.evaluate(() => {
      (window as unknown as { __firstMap: unknown }).__firstMap = window.__atlasMap;
    });
    const region = all.perRegion[0]!;
    await s.page
      .getByRole('group', { name: 'Regions' })
      .getByRole('checkbox', { name: region.name, exact: true })
      .uncheck();
    await expect
      .poll(() => s.page.getByRole('status', { name: 'Summary' }).textContent())
      .not.toContain(`${all.totals.activities} activities`);
    await waitForMapIdle(s.page);
    const gone = all.partners.find((p) => p.regionId === region.id)!;
    expect((await state(gone.iso3)).count).toBe(0);
    const same = await s.page.evaluate(
      () => (window as unknown as { __firstMap: unknown }).__firstMap === window.__atlasMap,
    );
    expect(same).toBe(true);
    expect(await camera()).toEqual(before);
    await s.page.getByRole('button', { name: 'Reset filters' }).click();
  });

  it('names partners on the map with their counts, never overlapping, following filters and language', async () => {
    /** Labels currently shown: their text and box. */
    const shownLabels = () =>
      s.page.locator('.atlas-map__label').evaluateAll((els) =>
        els
          .filter((e) => getComputedStyle(e).visibility === 'visible')
          .map((e) => {
            const r = e.getBoundingClientRect();
            return { text: e.textContent.trim(), x: r.x, y: r.y, w: r.width, h: r.height };
          }),
      );
    const countsIn = (labels: { text: string }[]) =>
      new Map(
        labels.flatMap((l) => {
          const m = /^(.*\S)\s+(\d+)$/.exec(l.text);
          return m ? [[m[1]!, Number(m[2])] as const] : [];
        }),
      );
    await waitForMapIdle(s.page);
    const before = await shownLabels();
    expect(before.map((l) => l.text)).toContain(countryName(dataset.home));
    const top = all.partners[0]!;
    expect(countsIn(before).get(countryName(top.iso3))).toBe(top.count);
    for (const [i, a] of before.entries())
      for (const b of before.slice(i + 1))
        expect(a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y).toBe(
          true,
        );

    // One year less: every shown count follows the new selection.
    await s.page.getByRole('slider', { name: 'To year' }).focus();
    await s.page.keyboard.press('ArrowLeft');
    await waitForMapIdle(s.page);
    const fewer = expectedSelection(dataset, { to: all.yearSpan.max - 1 });
    const expected = new Map(fewer.partners.map((p) => [countryName(p.iso3), p.count]));
    const after = countsIn(await shownLabels());
    expect(after.size).toBeGreaterThan(0);
    for (const [name, count] of after) expect(count, name).toBe(expected.get(name));
    expect([...after].some(([name, count]) => countsIn(before).get(name) !== count)).toBe(true);

    // In Korean, the names are Korean.
    await s.page.keyboard.press('End');
    await s.page.locator('body').press('l');
    await waitForMapIdle(s.page);
    const korean = (await shownLabels()).map((l) => l.text);
    expect(korean).toContain(getCountry(dataset.home)!.name.ko);
    expect(korean).toContain(`${getCountry(top.iso3)!.name.ko} ${top.count}`);
    await s.page.locator('body').press('l');
  });

  it('hovering a partner shows a tooltip with its name and count; clicking it opens the details', async () => {
    const top = all.partners[0]!;
    const [lon, lat] = getCountry(top.iso3)!.centroidLonLat!;
    await waitForMapIdle(s.page);
    const pt = await s.page.evaluate(([x, y]) => window.__atlasMap!.project([x!, y!]), [lon, lat]);
    const box = (await s.page
      .getByRole('region', { name: 'World map' })
      .locator('canvas')
      .first()
      .boundingBox())!;
    await s.page.mouse.move(box.x + pt.x, box.y + pt.y);
    const tooltip = s.page.locator('.atlas-map__tooltip');
    await expect.poll(() => tooltip.textContent()).toContain(countryName(top.iso3));
    expect(await tooltip.textContent()).toContain(String(top.count));
    await s.page.mouse.click(box.x + pt.x, box.y + pt.y);
    await expect.poll(() => detailsOf(s.page, top.iso3).count()).toBe(1);
    expect((await state(top.iso3)).selected).toBe(true);
  });
});

describe('without WebGL', () => {
  it('draws an SVG map in the same region, with the partners clickable', async () => {
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-3d-apis'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(inject('baseUrl'));
      const region = page.getByRole('region', { name: 'World map' });
      await expect.poll(() => region.getAttribute('data-map-renderer')).toBe('svg');
      await expect.poll(() => region.locator('svg path').count()).toBeGreaterThan(100);
      const top = all.partners[0]!;
      await region
        .locator('.atlas-map__svg-partner', {
          has: page.locator(`title:text-matches("^${countryName(top.iso3)}")`),
        })
        .first()
        .click();
      await expect.poll(() => detailsOf(page, top.iso3).count()).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
