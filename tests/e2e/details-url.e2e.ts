import { describe, expect, it } from 'vitest';
import { anchorOf } from '../../src/data/countries';
import { bundledDataset, expectedSelection, summaryFigures } from './expected';
import { detailsOf, openApp, partnerButton, useE2E, waitForMapIdle } from './session';

const dataset = bundledDataset();
const all = expectedSelection(dataset);
const top = all.partners[0]!;

describe('country details', () => {
  const s = useE2E();

  it('a partner button opens the details with each activity, its quote and its source', async () => {
    await openApp(s);
    await partnerButton(s.page, top.iso3).click();
    const details = detailsOf(s.page, top.iso3);
    await expect.poll(() => details.count()).toBe(1);
    const acts = all.activitiesByCountry.get(top.iso3)!;
    expect(await details.locator('blockquote').count()).toBe(acts.length);
    const text = (await details.textContent()) ?? '';
    for (const a of acts) {
      expect(text).toContain(a.title.en);
      const src = dataset.sources.find((x) => x.id === a.source)!;
      expect(text).toContain(src.publisher);
      expect(text).toContain(src.title);
    }
    const quotes = await details.locator('blockquote').allTextContents();
    expect(quotes).toEqual(acts.map((a) => a.quote));
    expect(new URL(s.page.url()).searchParams.get('country')).toBe(top.iso3);
  });

  it('each source links to its full text, served beside the app', async () => {
    const details = s.page.getByRole('region', { name: /details$/ });
    const hrefs = await details
      .getByRole('link', { name: 'Full text' })
      .evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of new Set(hrefs)) {
      const res = await s.page.request.get(href);
      expect(res.status()).toBe(200);
      const quote = all.activitiesByCountry
        .get(top.iso3)![0]!
        .quote.split(/\s+/)
        .slice(0, 4)
        .join(' ');
      if (
        href.endsWith(
          dataset.sources.find((x) => x.id === all.activitiesByCountry.get(top.iso3)![0]!.source)!
            .file,
        )
      ) {
        expect((await res.text()).replace(/\s+/g, ' ')).toContain(quote);
      }
    }
  });

  it('a source with a web address links to its original page', async () => {
    const details = s.page.getByRole('region', { name: /details$/ });
    const hrefs = await details
      .getByRole('link', { name: 'Original page' })
      .evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    const expected = all.activitiesByCountry
      .get(top.iso3)!
      .map((a) => dataset.sources.find((x) => x.id === a.source)!.url)
      .filter((u) => u !== undefined);
    expect(hrefs).toEqual(expected);
  });

  it('on a laptop the details sit beside the panel: nothing is covered, another partner is one click away', async () => {
    const details = s.page.getByRole('region', { name: /details$/ });
    const boxOf = async (name: string) =>
      (await s.page
        .getByRole(name === 'map' ? 'region' : 'list', {
          name: name === 'map' ? 'World map' : 'Partner countries',
        })
        .boundingBox())!;
    const sheet = (await details.boundingBox())!;
    const map = await boxOf('map');
    const list = await boxOf('list');
    expect(map.x + map.width).toBeLessThanOrEqual(sheet.x + 1);
    expect(sheet.x + sheet.width).toBeLessThanOrEqual(list.x + 1);
    // The map refits to its narrower frame: home and every partner's capital are still in view.
    await waitForMapIdle(s.page);
    const anchors = [dataset.home, ...all.partners.map((p) => p.iso3)].map((c) => anchorOf(c)!);
    const outOfView = await s.page.evaluate((points) => {
      const bounds = window.__atlasMap!.getBounds();
      return points.filter((p) => !bounds.contains([p[0], p[1]]));
    }, anchors);
    expect(outOfView).toEqual([]);

    for (const partner of [all.partners[1]!, all.partners[0]!]) {
      await partnerButton(s.page, partner.iso3).click();
      await expect.poll(() => detailsOf(s.page, partner.iso3).count()).toBe(1);
    }
  });

  it('once the visitor has moved the map, opening details keeps their view', async () => {
    await s.page.keyboard.press('Escape');
    await waitForMapIdle(s.page);
    const canvas = s.page.getByRole('region', { name: 'World map' }).locator('canvas').first();
    const box = (await canvas.boundingBox())!;
    await s.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await s.page.mouse.down();
    await s.page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2 + 40, {
      steps: 8,
    });
    await s.page.mouse.up();
    await waitForMapIdle(s.page);
    const camera = () =>
      s.page.evaluate(() => {
        const m = window.__atlasMap!;
        return {
          center: m
            .getCenter()
            .toArray()
            .map((v) => v.toFixed(3)),
          zoom: m.getZoom(),
        };
      });
    const moved = await camera();
    await s.page
      .getByRole('list', { name: 'Partner countries' })
      .getByRole('button')
      .first()
      .click();
    await expect.poll(() => s.page.getByRole('region', { name: /details$/ }).count()).toBe(1);
    await waitForMapIdle(s.page);
    expect(await camera()).toEqual(moved);
  });

  it('Escape closes the details and the URL forgets the country', async () => {
    await s.page.keyboard.press('Escape');
    await expect.poll(() => s.page.getByRole('region', { name: /details$/ }).count()).toBe(0);
    expect(new URL(s.page.url()).searchParams.get('country')).toBeNull();
  });

  it('Close details closes it too, and Back reopens it from history', async () => {
    await partnerButton(s.page, top.iso3).click();
    await s.page.waitForTimeout(900);
    await s.page.getByRole('button', { name: 'Close details' }).click();
    await expect.poll(() => detailsOf(s.page, top.iso3).count()).toBe(0);
    await s.page.goBack();
    await expect.poll(() => detailsOf(s.page, top.iso3).count()).toBe(1);
  });
});

describe('URL state', () => {
  const s = useE2E();

  it('opening a URL with every parameter restores exactly that state', async () => {
    const sectors = dataset.sectors.slice(0, 2).map((x) => x.id);
    const region = all.perRegion.find((r) => r.count > 0)!;
    const filters = {
      from: all.yearSpan.min,
      to: all.yearSpan.max - 1,
      sectors,
      regions: [region.id],
    };
    const sel = expectedSelection(dataset, filters);
    const country = sel.partners[0]!.iso3;
    await openApp(
      s,
      `?from=${filters.from}&to=${filters.to}&sectors=${sectors.join(',')}&regions=${region.id}&country=${country}&lang=ko`,
    );
    expect(await s.page.locator('html').getAttribute('lang')).toBe('ko');
    await s.page.getByRole('button', { name: 'English' }).click();
    expect(await s.page.locator('html').getAttribute('lang')).toBe('en');
    expect(
      await s.page.getByRole('slider', { name: 'To year' }).getAttribute('aria-valuenow'),
    ).toBe(String(filters.to));
    const text = await s.page.getByRole('status', { name: 'Summary' }).textContent();
    for (const f of summaryFigures(sel)) expect(text).toContain(f);
    for (const sec of dataset.sectors) {
      const box = s.page
        .getByRole('group', { name: 'Sectors' })
        .getByRole('checkbox', { name: sec.label.en, exact: true });
      expect(await box.isChecked()).toBe(sectors.includes(sec.id));
    }
    expect(await detailsOf(s.page, country).count()).toBe(1);
  });

  it('garbage parameters are named in a notice and the app still works', async () => {
    await openApp(
      s,
      '?from=abc&to=99999&sectors=nope&regions=%3Cb%3Ex%3C%2Fb%3E&country=XYZ&lang=fr',
    );
    const alert = s.page.getByRole('alert');
    await expect.poll(() => alert.count()).toBeGreaterThan(0);
    const text = (await alert.first().textContent()) ?? '';
    for (const bad of ['"abc"', '"99999"', '"nope"', '"<b>x</b>"', '"XYZ"', '"fr"'])
      expect(text).toContain(bad);
    expect(await s.page.locator('b').count()).toBe(0);
    const summary = await s.page.getByRole('status', { name: 'Summary' }).textContent();
    for (const f of summaryFigures(all)) expect(summary).toContain(f);
    expect(s.errors).toEqual([]);
  });
});
