import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, openDataset, useE2E } from './session';

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

    await s.page.getByRole('button', { name: 'Map', exact: true }).click();
    await expect.poll(() => table(s.page).count()).toBe(0);
    expect(s.page.url()).not.toContain('view=table');
    expect(s.errors).toEqual([]);
  });
});
