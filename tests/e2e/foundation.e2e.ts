import { describe, expect, it } from 'vitest';
import { bundledDataset, countryName, expectedSelection, summaryFigures } from './expected';
import { detailsOf, openApp, partnerButton, pngColours, useE2E, waitForMapIdle } from './session';

const dataset = bundledDataset();
const all = expectedSelection(dataset);

describe('first screen on the bundled dataset', () => {
  const s = useE2E();

  it('shows the dataset title as the h1 and in the document title', async () => {
    await openApp(s);
    await expect.poll(() => s.page.locator('h1').textContent()).toBe(dataset.title.en);
    expect(await s.page.title()).toContain(dataset.title.en);
  });

  it('summarises every activity and partner country of the data', async () => {
    const text = await s.page.getByRole('status', { name: 'Summary' }).textContent();
    for (const figure of summaryFigures(all)) expect(text).toContain(figure);
  });

  it('lists each partner country as a button named by the country and its count', async () => {
    const list = s.page.getByRole('list', { name: 'Partner countries' });
    const names = await list
      .getByRole('button')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? e.textContent));
    expect(names).toHaveLength(all.partners.length);
    all.partners.forEach((p, i) => {
      expect(names[i]).toMatch(new RegExp(`^${countryName(p.iso3)}, ${p.count} activit`));
    });
  });

  it('paints the world map: the canvas holds land, sea and shaded partners', async () => {
    const region = s.page.getByRole('region', { name: 'World map' });
    await expect.poll(() => region.locator('canvas').count()).toBeGreaterThan(0);
    const png = await region.locator('canvas').first().screenshot();
    const { distinct } = await pngColours(s.page, png, { step: 37 });
    expect(distinct).toBeGreaterThan(8);
  });

  it('requests nothing from any other origin and logs no error', () => {
    expect(s.foreign).toEqual([]);
    expect(s.errors).toEqual([]);
  });

  it('ships a Content-Security-Policy without unsafe-eval or inline script', async () => {
    const csp = await s.page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(await s.page.locator('script:not([src])').count()).toBe(0);
  });
});

describe('the prerendered page', () => {
  const s = useE2E();

  it('reads before any script runs: heading, summary, filters, charts and partners', async () => {
    const context = await s.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(s.baseUrl);
      expect(await page.locator('h1').textContent()).toBe(dataset.title.en);
      expect(await page.title()).toContain(dataset.title.en);
      const summary = await page.getByRole('status', { name: 'Summary' }).textContent();
      for (const figure of summaryFigures(all)) expect(summary).toContain(figure);
      expect(await page.getByRole('group', { name: 'Sectors' }).getByRole('checkbox').count()).toBe(
        dataset.sectors.length,
      );
      for (const name of ['Activities per year', 'Activities by sector', 'Activities by partner'])
        expect(await page.getByRole('img', { name, exact: true }).count()).toBe(1);
      const partners = page.getByRole('list', { name: 'Partner countries' }).getByRole('button');
      expect(await partners.count()).toBe(all.partners.length);
    } finally {
      await context.close();
    }
  });

  it('comes alive without redrawing: the prerendered nodes become the live page', async () => {
    // Hold the app's script until the prerendered heading is tagged, then let it run.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await s.page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    try {
      await s.page.goto(s.baseUrl, { waitUntil: 'commit' });
      // A property, not an attribute: React would (rightly) report an attribute it did not render.
      await s.page.locator('h1').evaluate((h) => Object.assign(h, { prerendered: true }));
      release();
      await waitForMapIdle(s.page);
    } finally {
      await s.page.unroute(/\/assets\/index-[^/]*\.js$/);
    }
    expect(await s.page.locator('h1').evaluate((h) => 'prerendered' in h)).toBe(true);
    const first = all.partners[0]!;
    await partnerButton(s.page, first.iso3).click();
    await expect.poll(() => detailsOf(s.page, first.iso3).count()).toBe(1);
    expect(s.errors).toEqual([]);
  });
});
