import { describe, expect, it } from 'vitest';
import { bundledDataset, countryName, expectedSelection, summaryFigures } from './expected';
import { openApp, useE2E, waitForMapIdle } from './session';
import type { Selection } from '../../src/data/selection';

const dataset = bundledDataset();
const all = expectedSelection(dataset);
const span = all.yearSpan;

describe('filters, year range and playback update every view', () => {
  const s = useE2E();
  const summary = () => s.page.getByRole('status', { name: 'Summary' }).textContent();
  const partnerNames = () =>
    s.page
      .getByRole('list', { name: 'Partner countries' })
      .getByRole('button')
      .evaluateAll((els) => els.map((e) => (e.getAttribute('aria-label') ?? '').split(',')[0]));
  const mapPartners = () =>
    s.page.getByRole('region', { name: 'World map' }).getAttribute('data-partners');

  async function expectViewsShow(sel: Selection) {
    const [a, p] = summaryFigures(sel);
    await expect.poll(summary).toContain(a);
    expect(await summary()).toContain(p);
    expect(await partnerNames()).toEqual(sel.partners.map((x) => countryName(x.iso3)));
    await waitForMapIdle(s.page);
    await expect
      .poll(async () => (await mapPartners())?.split(',').sort().join(','))
      .toBe(
        sel.partners
          .map((x) => x.iso3)
          .sort()
          .join(','),
      );
  }

  it('arrowing the To year thumb narrows the range everywhere and writes the URL', async () => {
    await openApp(s);
    const to = s.page.getByRole('slider', { name: 'To year' });
    await to.focus();
    await s.page.keyboard.press('ArrowLeft');
    await expect.poll(() => to.getAttribute('aria-valuenow')).toBe(String(span.max - 1));
    await expectViewsShow(expectedSelection(dataset, { to: span.max - 1 }));
    expect(new URL(s.page.url()).searchParams.get('to')).toBe(String(span.max - 1));
  });

  it('arrowing the From year thumb moves the start of the range', async () => {
    const from = s.page.getByRole('slider', { name: 'From year' });
    await from.focus();
    await s.page.keyboard.press('ArrowRight');
    await expect.poll(() => from.getAttribute('aria-valuenow')).toBe(String(span.min + 1));
    await expectViewsShow(expectedSelection(dataset, { from: span.min + 1, to: span.max - 1 }));
  });

  it('dragging the To year thumb with the mouse sets the range', async () => {
    const to = s.page.getByRole('slider', { name: 'To year' });
    const target = span.min + 2;
    const tick = (await s.page
      .locator('.range-ticks li', { hasText: String(target) })
      .boundingBox())!;
    const thumb = (await to.boundingBox())!;
    await s.page.mouse.move(thumb.x + thumb.width / 2, thumb.y + thumb.height / 2);
    await s.page.mouse.down();
    await s.page.mouse.move(tick.x + tick.width / 2, thumb.y + thumb.height / 2, { steps: 8 });
    await s.page.mouse.up();
    await expect.poll(() => to.getAttribute('aria-valuenow')).toBe(String(target));
    await expectViewsShow(expectedSelection(dataset, { from: span.min + 1, to: target }));
  });

  it('Reset filters brings back the whole dataset', async () => {
    await s.page.getByRole('button', { name: 'Reset filters' }).click();
    await expectViewsShow(all);
    expect(new URL(s.page.url()).search).toBe('');
  });

  it('Play keeps From, steps To a year at a time, and stops by itself at the last year', async () => {
    const to = s.page.getByRole('slider', { name: 'To year' });
    await s.page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => s.page.getByRole('button', { name: 'Pause' }).count()).toBe(1);
    const seen = new Set<string>();
    await expect
      .poll(
        async () => {
          seen.add((await to.getAttribute('aria-valuenow')) ?? '');
          return s.page.getByRole('button', { name: 'Play' }).count();
        },
        { timeout: (span.max - span.min + 2) * 1500, interval: 200 },
      )
      .toBe(1);
    expect(await to.getAttribute('aria-valuenow')).toBe(String(span.max));
    expect(
      await s.page.getByRole('slider', { name: 'From year' }).getAttribute('aria-valuenow'),
    ).toBe(String(span.min));
    expect(seen.size).toBeGreaterThan(2);
    await expectViewsShow(all);
  });

  it('unchecking a sector filters the map, list, summary and charts', async () => {
    const sector = dataset.sectors[0]!;
    await s.page
      .getByRole('group', { name: 'Sectors' })
      .getByRole('checkbox', { name: sector.label.en, exact: true })
      .uncheck();
    const rest = dataset.sectors.slice(1).map((x) => x.id);
    await expectViewsShow(expectedSelection(dataset, { sectors: rest }));
    expect(new URL(s.page.url()).searchParams.get('sectors')).toBe(rest.join(','));
    await s.page
      .getByRole('group', { name: 'Sectors' })
      .getByRole('checkbox', { name: sector.label.en, exact: true })
      .check();
    await expectViewsShow(all);
  });

  it('unchecking a region removes its countries', async () => {
    const region = all.perRegion[0]!;
    await s.page
      .getByRole('group', { name: 'Regions' })
      .getByRole('checkbox', { name: region.name, exact: true })
      .uncheck();
    const kept = all.perRegion.slice(1).map((r) => r.id);
    const sel = expectedSelection(dataset, { regions: kept });
    await expectViewsShow(sel);
    expect(sel.partners.some((p) => p.regionId === region.id)).toBe(false);
    await s.page.getByRole('button', { name: 'Reset filters' }).click();
    await expectViewsShow(all);
  });
});
