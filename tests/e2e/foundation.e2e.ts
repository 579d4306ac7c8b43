import { describe, expect, it } from 'vitest';
import { BUNDLED, FIXTURE, partnerLabel } from './expected';
import {
  detailsOf,
  openApp,
  openFixture,
  partnerButton,
  partnerNames,
  expectSummary,
  useE2E,
  waitForMapIdle,
  type E2ESession,
} from './session';

/** Each checkbox of a filter group as `[label, count shown beside it]`. */
function checkCounts(s: E2ESession, group: string) {
  return s.page
    .getByRole('group', { name: group })
    .locator('label')
    .evaluateAll((els) =>
      els.map((e) => [
        e.querySelector('.check-label')?.textContent ?? '',
        Number(e.querySelector('.check-count')?.textContent),
      ]),
    );
}

/** The year chart's bar titles (`2019: 27 activities`). */
function yearTitles(s: E2ESession) {
  return s.page
    .getByRole('img', { name: 'Activities per year', exact: true })
    .locator('title')
    .allTextContents();
}

const activities = (n: number) => `${n} ${n === 1 ? 'activity' : 'activities'}`;

describe('first screen on the bundled dataset', () => {
  const s = useE2E();

  it('shows its title, summary, partners and years with the figures counted in the data', async () => {
    await openApp(s);
    expect(await s.page.locator('h1').textContent()).toBe(BUNDLED.title);
    expect(await s.page.title()).toContain(BUNDLED.title);
    await expectSummary(s.page, BUNDLED.activities, BUNDLED.partnerCountries);
    const names = await partnerNames(s.page);
    expect(names).toHaveLength(BUNDLED.partners.length);
    BUNDLED.partners.forEach((row, i) => expect(names[i]).toMatch(partnerLabel(row)));
    const titles = await yearTitles(s);
    for (const [year, n] of BUNDLED.perYear) expect(titles).toContain(`${year}: ${activities(n)}`);
  });

  it('requests nothing from any other origin and logs no error', async () => {
    await openFixture(s);
    expect(s.foreign).toEqual([]);
    expect(s.errors).toEqual([]);
  });

  it('ships a Content-Security-Policy without unsafe-eval or inline script', async () => {
    await openApp(s);
    const csp = await s.page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(await s.page.locator('script:not([src])').count()).toBe(0);
  });
});

describe('the test fixture opened with Open dataset', () => {
  const s = useE2E();

  it('shows its title, summary and each partner country with its count, groups expanded', async () => {
    await openFixture(s);
    expect(await s.page.title()).toContain(FIXTURE.title);
    await expectSummary(s.page, FIXTURE.activities, FIXTURE.partnerCountries);
    const names = await partnerNames(s.page);
    expect(names).toHaveLength(FIXTURE.partners.length);
    FIXTURE.partners.forEach((row, i) => expect(names[i]).toMatch(partnerLabel(row)));
  });

  it('counts activities per year (spans included), per sector and per region', async () => {
    await openFixture(s);
    const titles = await yearTitles(s);
    for (const [year, n] of FIXTURE.perYear) expect(titles).toContain(`${year}: ${activities(n)}`);
    expect(await checkCounts(s, 'Sectors')).toEqual(FIXTURE.perSector);
    expect(await checkCounts(s, 'Regions')).toEqual(FIXTURE.perRegion);
    const slider = (name: string) =>
      s.page.getByRole('slider', { name }).getAttribute('aria-valuenow');
    expect([await slider('From year'), await slider('To year')]).toEqual(['2016', '2024']);
  });
});

describe('the prerendered page', () => {
  const s = useE2E();

  it('reads before any script runs: heading, summary, filters, charts and partners', async () => {
    const context = await s.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(s.baseUrl);
      expect(await page.locator('h1').textContent()).toBe(BUNDLED.title);
      expect(await page.title()).toContain(BUNDLED.title);
      await expectSummary(page, BUNDLED.activities, BUNDLED.partnerCountries);
      expect(await page.getByRole('group', { name: 'Sectors' }).getByRole('checkbox').count()).toBe(
        9,
      );
      for (const name of ['Activities per year', 'Activities by sector', 'Activities by partner'])
        expect(await page.getByRole('img', { name, exact: true }).count()).toBe(1);
      const names = await partnerNames(page);
      expect(names).toHaveLength(BUNDLED.partners.length);
      expect(names[0]).toMatch(partnerLabel(BUNDLED.partners[0]!));
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
    await partnerButton(s.page, 'TKM').click();
    await expect.poll(() => detailsOf(s.page, 'TKM').count()).toBe(1);
    expect(s.errors).toEqual([]);
  });
});
