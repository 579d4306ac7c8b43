import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, openDataset, pngColours, useE2E } from './session';

/**
 * The analysts' fixture (tests/fixtures/analysts-fixture.json): 14 activities 2015–2021, every
 * type, two planned (vnm-project-2021, kaz-meeting-2021), one ASEAN forum (2019). Every figure
 * below was worked out by hand from that file.
 */
const FIXTURE_PATH = fileURLToPath(new URL('../fixtures/analysts-fixture.json', import.meta.url));
const TITLE = "Analysts' test atlas";

async function openAnalystsFixture(page: Page, s: Parameters<typeof openApp>[0], search = '') {
  await openApp(s, search);
  await openDataset(page, FIXTURE_PATH, TITLE);
}

function table(page: Page) {
  return page.getByRole('table', { name: 'Activities', exact: true });
}

/** Titles of the rendered body rows, top to bottom. */
async function rowTitles(page: Page): Promise<string[]> {
  return table(page)
    .locator('tbody tr[aria-rowindex]')
    .evaluateAll((rows) => rows.map((r) => r.querySelector('.col-title')?.textContent ?? ''));
}

describe('the Activities table', () => {
  const s = useE2E();

  it('lists every activity of the selection, sorts by a column and narrows by search', async () => {
    await openAnalystsFixture(s.page, s);
    await s.page.getByRole('button', { name: 'Table', exact: true }).click();
    await expect.poll(() => table(s.page).getAttribute('aria-rowcount')).toBe('15');
    expect(s.page.url()).toContain('view=table');
    const headers = await table(s.page).getByRole('columnheader').allTextContents();
    expect(headers.map((h) => h.replace(/[▲▼↕]/g, ''))).toEqual([
      'Date',
      'Partners',
      'Title',
      'Type',
      'Sectors',
      'Source',
      'Amount',
    ]);
    await expect.poll(() => rowTitles(s.page)).toHaveLength(14);
    const byDate = await rowTitles(s.page);
    expect(byDate[0]).toBe('Health MOU with Kazakhstan');
    // 2021 < 2021-09 < 2021-12-01: the year-only date sorts first.
    expect(byDate.slice(11)).toEqual([
      'Telemedicine project in Viet Nam',
      "Health ministers' meeting in Kazakhstan",
      'Health award for an Ethiopian doctor',
    ]);
    const asean = table(s.page).getByRole('row', { name: /ASEAN digital health forum/ });
    expect(await asean.textContent()).toContain('(via ASEAN)');

    await table(s.page).getByRole('button', { name: 'Title' }).click();
    await expect.poll(async () => (await rowTitles(s.page))[0]).toBe('ASEAN digital health forum');
    expect((await rowTitles(s.page))[13]).toBe('Vaccine export to Kazakhstan');
    await table(s.page).getByRole('button', { name: 'Title' }).click();
    await expect
      .poll(async () => (await rowTitles(s.page))[0])
      .toBe('Vaccine export to Kazakhstan');
    // From the keyboard, the next header's sort button shows its whole focus ring (#1f6feb), not
    // the sliver the sticky header cell used to leave of it (the "Opened" notice dismissed first:
    // it stands over the header for its few seconds).
    await s.page
      .getByRole('status')
      .filter({ hasText: 'Opened' })
      .getByRole('button', { name: 'Dismiss' })
      .click();
    await table(s.page).getByRole('button', { name: 'Title' }).focus();
    await s.page.keyboard.press('Tab');
    const type = table(s.page).getByRole('button', { name: 'Type' });
    await expect.poll(() => type.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = (await type.boundingBox())!;
    const ring = await pngColours(s.page, await s.page.screenshot({ clip: box }), {
      step: 1,
      near: '#1f6feb',
    });
    expect(ring.near).toBeGreaterThan(2 * (box.width + box.height));

    const search = s.page.getByRole('searchbox', { name: 'Search activities' });
    await search.fill('peru');
    await expect.poll(() => rowTitles(s.page)).toEqual(['Hospital project in Perú']);
    await search.fill('카자흐스탄');
    await expect.poll(() => table(s.page).getAttribute('aria-rowcount')).toBe('6');
    await search.fill('thailand');
    await expect.poll(() => rowTitles(s.page)).toEqual(['ASEAN digital health forum']);
    await search.fill('');
    await expect.poll(() => table(s.page).getAttribute('aria-rowcount')).toBe('15');

    await table(s.page).getByRole('button', { name: 'Hospital project in Perú' }).click();
    await expect.poll(() => s.page.getByRole('region', { name: 'Peru details' }).count()).toBe(1);
    // A row opens its country's details at its own activity: Kazakhstan has five, oldest first,
    // and the 2021 meeting is the last of them; it is in view and marked.
    await table(s.page)
      .getByRole('button', { name: "Health ministers' meeting in Kazakhstan" })
      .click();
    const kaz = s.page.getByRole('region', { name: 'Kazakhstan details' });
    await expect.poll(() => kaz.getByRole('listitem').count()).toBe(5);
    const marked = kaz.locator('.is-revealed');
    await expect
      .poll(() => marked.getByRole('heading').textContent())
      .toBe("Health ministers' meeting in Kazakhstan");
    const [item, panel] = [(await marked.boundingBox())!, (await kaz.boundingBox())!];
    expect(item.y).toBeGreaterThanOrEqual(panel.y);
    expect(item.y + 40).toBeLessThanOrEqual(panel.y + panel.height);

    await s.page.getByRole('button', { name: 'Map', exact: true }).click();
    await expect.poll(() => table(s.page).count()).toBe(0);
    expect(s.page.url()).not.toContain('view=table');
    expect(s.errors).toEqual([]);
  });
});

describe('Compare periods', () => {
  const s = useE2E();

  it('classes partners New, Continued and Ended for 2015–2017 against 2019–2021', async () => {
    await openAnalystsFixture(s.page, s);
    const from = s.page.getByRole('slider', { name: 'From year' });
    await from.focus();
    for (let i = 0; i < 4; i++) await from.press('ArrowRight');
    await expect.poll(() => from.getAttribute('aria-valuenow')).toBe('2019');
    await s.page.getByRole('checkbox', { name: 'Compare periods' }).check();
    const cFrom = s.page.getByRole('slider', { name: 'Compare from' });
    const cTo = s.page.getByRole('slider', { name: 'Compare to' });
    // Proposed: the three years before 2019–2021 (2016–2018); move it to 2015–2017.
    expect(await cFrom.getAttribute('aria-valuenow')).toBe('2016');
    expect(await cTo.getAttribute('aria-valuenow')).toBe('2018');
    await cFrom.press('ArrowLeft');
    await cTo.press('ArrowLeft');
    await expect.poll(() => cTo.getAttribute('aria-valuenow')).toBe('2017');
    expect(await cFrom.getAttribute('aria-valuenow')).toBe('2015');
    expect(s.page.url()).toContain('compare=2015-2017');

    // A: KAZ 1, MNG 2, UZB 1, VNM 1. B: KAZ 3, UZB 1, VNM 2, PER 1, ETH 1 and the nine other
    // ASEAN members 1 each (the 2019 forum).
    const summary = s.page.getByRole('status', { name: 'Summary' });
    await expect
      .poll(() => summary.textContent())
      .toContain(
        'Partner countries in 2019–2021 compared with 2015–2017: 11 New, 3 Continued, 1 Ended.',
      );
    expect(await summary.textContent()).toContain(
      'Biggest changes: Kazakhstan +2, Mongolia −2, Brunei +1.',
    );
    const legend = s.page.locator('.compare-legend');
    expect((await legend.locator('li').allTextContents()).map((t) => t.trim())).toEqual([
      'New 11',
      'Continued 3',
      'Ended 1',
    ]);
    const map = s.page.getByRole('region', { name: 'World map' });
    await expect
      .poll(async () => (await map.getAttribute('data-compare')) ?? '')
      .toContain('KAZ:continued');
    const classes = (await map.getAttribute('data-compare')) ?? '';
    for (const c of ['MNG:ended', 'PER:new', 'ETH:new', 'UZB:continued', 'VNM:continued'])
      expect(classes).toContain(c);
    // The partner chart shows both periods.
    const chartTable = s.page.locator('.chart-compare table');
    expect(await chartTable.locator('tbody tr').first().textContent()).toBe(
      'Kazakhstan13Continued',
    );

    await s.page.getByRole('checkbox', { name: 'Compare periods' }).uncheck();
    await expect.poll(() => legend.count()).toBe(0);
    expect(s.page.url()).not.toContain('compare=');
    expect(s.errors).toEqual([]);
  });
});

describe('Activity types and Status filters', () => {
  const s = useE2E();
  const check = (group: string, name: string) =>
    s.page.getByRole('group', { name: group }).getByRole('checkbox', { name, exact: true });
  const partnerButtons = () =>
    s.page.getByRole('list', { name: 'Partner countries' }).getByRole('button');

  it('change the summary, partner list, map and table', async () => {
    await openAnalystsFixture(s.page, s);
    const summary = s.page.getByRole('status', { name: 'Summary' });
    expect(await summary.textContent()).toContain('14 activities');
    const types = await s.page
      .getByRole('group', { name: 'Activity types' })
      .getByRole('checkbox')
      .count();
    expect(types).toBe(8);

    // Without the three trainings: 11 activities, still 15 partner countries.
    await check('Activity types', 'Training').uncheck();
    await expect.poll(() => summary.textContent()).toContain('11 activities');
    expect(await summary.textContent()).toContain('15 partner countries');
    expect(s.page.url()).toContain('types=agreement,meeting,forum,export,project,aid,award');
    await check('Activity types', 'Training').check();
    await expect.poll(() => summary.textContent()).toContain('14 activities');

    // Planned only: the Viet Nam telemedicine project and the Kazakhstan meeting (2021).
    await check('Status', 'Done').uncheck();
    await expect.poll(() => summary.textContent()).toContain('2 activities');
    expect(await summary.textContent()).toContain('2 partner countries');
    expect(s.page.url()).toContain('status=planned');
    await expect.poll(() => partnerButtons().count()).toBe(2);
    const map = s.page.getByRole('region', { name: 'World map' });
    await expect
      .poll(async () => ((await map.getAttribute('data-partners')) ?? '').split(',').sort())
      .toEqual(['KAZ', 'VNM']);
    await s.page.getByRole('button', { name: 'Table', exact: true }).click();
    await expect.poll(() => table(s.page).getAttribute('aria-rowcount')).toBe('3');
    expect(s.errors).toEqual([]);
  });
});

describe('Find', () => {
  const s = useE2E();

  it('opens a country found by its Korean name (shown under the English one), and filters to a sector and an actor', async () => {
    await openAnalystsFixture(s.page, s);
    await s.page.locator('body').press('/');
    const find = s.page.getByRole('combobox', { name: 'Find' });
    await expect.poll(() => find.evaluate((el) => el === document.activeElement)).toBe(true);
    await find.fill('우즈베키스탄');
    const first = s.page.getByRole('option').first();
    await expect.poll(() => first.textContent()).toContain('Uzbekistan');
    // The name keeps the list's width; the other-language name is on the line below it.
    const [box, name, other] = await Promise.all([
      first.boundingBox(),
      first.getByText('Uzbekistan', { exact: true }).boundingBox(),
      first.getByText('우즈베키스탄').boundingBox(),
    ]);
    expect(other!.y).toBeGreaterThanOrEqual(name!.y + name!.height - 1);
    expect(other!.x).toBeLessThan(box!.x + 20);
    await find.press('Enter');
    await expect
      .poll(() => s.page.getByRole('region', { name: 'Uzbekistan details' }).count())
      .toBe(1);
    expect(s.page.url()).toContain('country=UZB');

    await s.page.locator('body').press('Control+k');
    await find.fill('pharma');
    await expect.poll(() => first.textContent()).toContain('Pharmaceuticals');
    await find.press('Enter');
    // Pharmaceuticals: mng-aid-2017, kaz-export-2018, uzb-mou-2020.
    const summary = s.page.getByRole('status', { name: 'Summary' });
    await expect.poll(() => summary.textContent()).toContain('3 activities');
    expect(s.page.url()).toContain('sectors=pharmaceuticals');

    await s.page.getByRole('button', { name: 'Reset filters' }).click();
    await find.fill('kofih');
    await expect.poll(() => first.textContent()).toContain('KOFIH');
    await find.press('Enter');
    // KOFIH: mng-training-2015, uzb-training-2016, kaz-training-2019.
    await expect.poll(() => summary.textContent()).toContain('3 activities');
    expect(s.page.url()).toContain('actor=KOFIH');
    expect(s.errors).toEqual([]);
  });
});

describe('the keyboard map', () => {
  const s = useE2E();

  it('walks partners in reading order, announces each, opens one and gives focus back', async () => {
    await openAnalystsFixture(s.page, s);
    const table = s.page.getByRole('button', { name: 'Table', exact: true });
    await table.focus();
    const area = s.page.getByRole('application', { name: 'Map of partner countries' });
    expect(await s.page.locator('.maplibregl-canvas').getAttribute('tabindex')).toBe('-1');
    await area.focus();
    // The focus ring is on screen, over the map (#1f6feb, the light theme's focus colour): a
    // 3 px band down the area's left edge.
    const box = (await area.boundingBox())!;
    const edge = { x: Math.ceil(box.x), y: Math.ceil(box.y) + 20, width: 3, height: 200 };
    const ring = await pngColours(s.page, await s.page.screenshot({ clip: edge }), {
      step: 1,
      near: '#1f6feb',
    });
    expect(ring.near).toBeGreaterThan(0.8 * edge.width * edge.height);
    const live = s.page.locator('[aria-live="polite"]', { hasText: /activit/ });
    const map = s.page.getByRole('region', { name: 'World map' });
    // Backwards from nowhere: the last in reading order, Jakarta (6°S) east of Lima (12°S) in the
    // same 15° band; Indonesia is a partner only through ASEAN, and the announcement says so.
    await area.press('ArrowLeft');
    await expect
      .poll(() => live.textContent())
      .toBe('Indonesia, 1 activity (via ASEAN), 2015–2021');
    // Reading order (capitals, 15° bands): Kazakhstan (51°N) then Mongolia (48°N), then Uzbekistan.
    await area.press('ArrowRight');
    await expect.poll(() => live.textContent()).toBe('Kazakhstan, 5 activities, 2015–2021');
    await expect.poll(() => map.getAttribute('data-map-focus')).toBe('KAZ');
    await area.press('ArrowRight');
    await expect.poll(() => live.textContent()).toBe('Mongolia, 2 activities, 2015–2021');
    await area.press('ArrowRight');
    await expect.poll(() => live.textContent()).toBe('Uzbekistan, 2 activities, 2015–2021');
    await area.press('ArrowLeft');
    await area.press('ArrowLeft');
    await expect.poll(() => live.textContent()).toBe('Kazakhstan, 5 activities, 2015–2021');
    // The arrows walked the map, not the year range.
    expect(
      await s.page.getByRole('slider', { name: 'To year' }).getAttribute('aria-valuenow'),
    ).toBe('2021');
    await area.press('Escape');
    await expect.poll(() => table.evaluate((el) => el === document.activeElement)).toBe(true);
    await area.focus();
    await area.press('ArrowRight');
    await expect.poll(() => map.getAttribute('data-map-focus')).toBe('KAZ');
    await area.press('Enter');
    const details = s.page.getByRole('region', { name: 'Kazakhstan details' });
    await expect.poll(() => details.count()).toBe(1);
    // Closing the details gives focus back to the map, where the visitor was.
    await s.page.keyboard.press('Escape');
    await expect.poll(() => details.count()).toBe(0);
    await expect.poll(() => area.evaluate((el) => el === document.activeElement)).toBe(true);
    // + and − zoom by one level, Shift+arrows pan (the camera, read from MapLibre).
    const camera = () =>
      s.page.evaluate(() => {
        const m = window.__atlasMap!;
        return { zoom: m.getZoom(), lng: m.getCenter().lng };
      });
    const before = await camera();
    await area.press('+');
    await expect.poll(async () => (await camera()).zoom - before.zoom).toBeCloseTo(1, 1);
    await area.press('Shift+ArrowRight');
    await expect.poll(async () => (await camera()).lng).toBeGreaterThan(before.lng + 1);
    await area.press('-');
    await expect.poll(async () => (await camera()).zoom - before.zoom).toBeCloseTo(0, 1);
    // None of these keys moved the year range.
    expect(
      await s.page.getByRole('slider', { name: 'To year' }).getAttribute('aria-valuenow'),
    ).toBe('2021');
    expect(s.errors).toEqual([]);
  });
});
