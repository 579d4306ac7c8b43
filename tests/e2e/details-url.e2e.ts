import { describe, expect, it } from 'vitest';
import { anchorOf } from '../../src/data/countries';
import {
  detailsOf,
  openApp,
  openFixture,
  partnerButton,
  expectSummary,
  useE2E,
  waitForMapIdle,
} from './session';

/** Kazakhstan's activities in the fixture, oldest first: id, English title, source. */
const KAZ_ACTIVITIES = [
  ['fx-kaz-agreement-2016', 'Fixture agreement with Kazakhstan', 'A'],
  ['fx-kaz-training-2018', 'Fixture training programme for Kazakhstan', 'A'],
  ['fx-kaz-meeting-2021', 'Fixture meeting with Kazakhstan', 'B'],
  ['fx-kaz-agreement-2024', 'Fixture planned agreement with Kazakhstan', 'B'],
] as const;

describe('country details', () => {
  const s = useE2E();
  const anyDetails = () => s.page.getByRole('region', { name: /details$/ });

  it('a partner button opens the details with each activity, its quote and its source', async () => {
    await openFixture(s);
    await partnerButton(s.page, 'KAZ').click();
    const details = detailsOf(s.page, 'KAZ');
    await expect.poll(() => details.count()).toBe(1);
    const text = (await details.textContent()) ?? '';
    for (const [, title, source] of KAZ_ACTIVITIES) {
      expect(text).toContain(title);
      expect(text).toContain(`Fixture Publisher ${source}`);
      expect(text).toContain(`Fixture source ${source} (invented)`);
    }
    expect(await details.locator('blockquote').allTextContents()).toEqual(
      KAZ_ACTIVITIES.map(
        ([id]) => `Test fixture quote for ${id}: invented text, not a real event.`,
      ),
    );
    expect(new URL(s.page.url()).searchParams.get('country')).toBe('KAZ');
  });

  it('each source links to its full text, served beside the app, holding the quotes', async () => {
    await openApp(s, '?country=TKM');
    const details = detailsOf(s.page, 'TKM');
    await expect.poll(() => details.count()).toBe(1);
    const hrefs = await details
      .getByRole('link', { name: 'Full text' })
      .evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThan(0);
    const texts: string[] = [];
    for (const href of new Set(hrefs)) {
      const res = await s.page.request.get(href);
      expect(res.status(), href).toBe(200);
      texts.push((await res.text()).replace(/\s+/g, ' '));
    }
    for (const quote of await details.locator('blockquote').allTextContents()) {
      const start = quote.split(/\s+/).slice(0, 4).join(' ');
      expect(
        texts.some((t) => t.includes(start)),
        start,
      ).toBe(true);
    }
  });

  it('a source with a web address links to its original page', async () => {
    await openFixture(s);
    await partnerButton(s.page, 'KAZ').click();
    const details = detailsOf(s.page, 'KAZ');
    await expect.poll(() => details.count()).toBe(1);
    const hrefs = await details
      .getByRole('link', { name: 'Original page' })
      .evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    // Source A has no web address; source B (the 2021 and 2024 activities) has one.
    expect(hrefs).toEqual([
      'https://example.org/atlas-fixture-b',
      'https://example.org/atlas-fixture-b',
    ]);
  });

  it('on a laptop the details sit beside the panel: nothing is covered, another partner is one click away', async () => {
    await openFixture(s);
    await partnerButton(s.page, 'KAZ').click();
    await expect.poll(() => detailsOf(s.page, 'KAZ').count()).toBe(1);
    const boxOf = async (name: string) =>
      (await s.page
        .getByRole(name === 'map' ? 'region' : 'list', {
          name: name === 'map' ? 'World map' : 'Partner countries',
        })
        .boundingBox())!;
    const sheet = (await anyDetails().boundingBox())!;
    const map = await boxOf('map');
    const list = await boxOf('list');
    expect(map.x + map.width).toBeLessThanOrEqual(sheet.x + 1);
    expect(sheet.x + sheet.width).toBeLessThanOrEqual(list.x + 1);
    // The map refits to its narrower frame: home and every partner's capital are still in view.
    const codes = ['KOR', 'KAZ', 'VNM', 'ETH', 'UZB', 'KHM', 'LAO', 'MNG', 'PER'];
    const anchors = codes.map((c) => anchorOf(c)!);
    const outOfView = () =>
      s.page.evaluate((points) => {
        const bounds = window.__atlasMap!.getBounds();
        return points.filter((p) => !bounds.contains([p[0], p[1]]));
      }, anchors);
    await waitForMapIdle(s.page);
    await expect.poll(outOfView).toEqual([]);

    for (const iso3 of ['VNM', 'KAZ']) {
      await partnerButton(s.page, iso3).click();
      await expect.poll(() => detailsOf(s.page, iso3).count()).toBe(1);
    }
  });

  it('once the visitor has moved the map (wheel or drag), opening details keeps their view', async () => {
    await openFixture(s);
    const canvas = s.page.getByRole('region', { name: 'World map' }).locator('canvas').first();
    const box = (await canvas.boundingBox())!;
    const camera = () =>
      s.page.evaluate(() => {
        const m = window.__atlasMap!;
        return {
          center: m
            .getCenter()
            .toArray()
            .map((v) => v.toFixed(3)),
          zoom: m.getZoom().toFixed(3),
        };
      });
    // A wheel zoom (MapLibre's movestart for it carries no input event).
    const framed = await camera();
    await s.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await s.page.mouse.wheel(0, -400);
    await expect.poll(async () => (await camera()).zoom).not.toBe(framed.zoom);
    await waitForMapIdle(s.page);
    const zoomed = await camera();
    await partnerButton(s.page, 'KAZ').click();
    await expect.poll(() => detailsOf(s.page, 'KAZ').count()).toBe(1);
    await waitForMapIdle(s.page);
    expect(await camera()).toEqual(zoomed);
    // A drag.
    await s.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await s.page.mouse.down();
    await s.page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2 + 40, {
      steps: 8,
    });
    await s.page.mouse.up();
    await waitForMapIdle(s.page);
    const moved = await camera();
    await partnerButton(s.page, 'ETH').click();
    await expect.poll(() => detailsOf(s.page, 'ETH').count()).toBe(1);
    await waitForMapIdle(s.page);
    expect(await camera()).toEqual(moved);
  });

  it('Escape closes the details and the URL forgets the country', async () => {
    await openApp(s, '?country=TKM');
    await expect.poll(() => detailsOf(s.page, 'TKM').count()).toBe(1);
    await s.page.keyboard.press('Escape');
    await expect.poll(() => anyDetails().count()).toBe(0);
    expect(new URL(s.page.url()).searchParams.get('country')).toBeNull();
  });

  it('Close details closes it too, and Back reopens it from history', async () => {
    await openApp(s, '?country=TKM');
    await expect.poll(() => detailsOf(s.page, 'TKM').count()).toBe(1);
    await s.page.getByRole('button', { name: 'Close details' }).click();
    await expect.poll(() => detailsOf(s.page, 'TKM').count()).toBe(0);
    expect(new URL(s.page.url()).searchParams.get('country')).toBeNull();
    await s.page.goBack();
    await expect.poll(() => detailsOf(s.page, 'TKM').count()).toBe(1);
  });
});

describe('URL state (bundled dataset, figures counted with jq)', () => {
  const s = useE2E();

  it('opening a URL with every parameter restores exactly that state', async () => {
    // 2019–2023, two sectors, Central Asia: 11 activities; Kazakhstan 5, Uzbekistan 5, Turkmenistan 1.
    await openApp(
      s,
      '?from=2019&to=2023&sectors=health-policy,universal-coverage&regions=central-asia&country=KAZ&lang=ko',
    );
    expect(await s.page.locator('html').getAttribute('lang')).toBe('ko');
    await s.page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => s.page.locator('html').getAttribute('lang')).toBe('en');
    expect(
      await s.page.getByRole('slider', { name: 'From year' }).getAttribute('aria-valuenow'),
    ).toBe('2019');
    expect(
      await s.page.getByRole('slider', { name: 'To year' }).getAttribute('aria-valuenow'),
    ).toBe('2023');
    await expectSummary(s.page, 11, 3);
    const checked = await s.page
      .getByRole('group', { name: 'Sectors' })
      .getByRole('checkbox', { checked: true })
      .evaluateAll((els) => els.map((e) => e.closest('label')?.textContent ?? ''));
    expect(checked).toHaveLength(2);
    expect(checked[0]).toContain('Health policy & systems');
    expect(checked[1]).toContain('Health insurance & universal coverage');
    expect(await detailsOf(s.page, 'KAZ').count()).toBe(1);
  });

  it('garbage parameters are named in a notice under the header and the app still works', async () => {
    await openApp(
      s,
      '?from=abc&to=99999&sectors=nope&regions=%3Cb%3Ex%3C%2Fb%3E&country=XYZ&lang=fr',
    );
    const alert = s.page.getByRole('alert');
    await expect.poll(() => alert.count()).toBeGreaterThan(0);
    const text = (await alert.first().textContent()) ?? '';
    for (const bad of ['"abc"', '"99999"', '"nope"', '"<b>x</b>"', '"XYZ"', '"fr"'])
      expect(text).toContain(bad);
    // Under the header, whatever height it wraps to: over none of its buttons.
    const header = (await s.page.getByRole('banner').boundingBox())!;
    expect((await alert.first().boundingBox())!.y).toBeGreaterThanOrEqual(header.y + header.height);
    expect(await s.page.locator('b').count()).toBe(0);
    await expectSummary(s.page, 41, 15);
    expect(s.errors).toEqual([]);
  });
});
