import { describe, expect, it } from 'vitest';
import { bundledDataset, countryName, expectedSelection, summaryFigures } from './expected';
import { detailsOf, openApp, useE2E } from './session';

const dataset = bundledDataset();
const all = expectedSelection(dataset);

describe('linked charts', () => {
  const s = useE2E();
  const chart = (name: string) => s.page.getByRole('img', { name, exact: true });
  const summary = () => s.page.getByRole('status', { name: 'Summary' }).textContent();

  it('shows the three charts with their exact accessible names and a text alternative', async () => {
    await openApp(s);
    for (const name of ['Activities per year', 'Activities by sector', 'Activities by partner']) {
      expect(await chart(name).count()).toBe(1);
    }
    const tables = await s.page.locator('.charts table').count();
    expect(tables).toBeGreaterThanOrEqual(3);
  });

  it('each year bar tells its exact figure on hover, matching the selection', async () => {
    const titles = await chart('Activities per year').locator('title').allTextContents();
    for (const bin of all.perYear) {
      expect(titles).toContain(
        `${bin.year}: ${bin.total} ${bin.total === 1 ? 'activity' : 'activities'}`,
      );
    }
  });

  it('brushing a span of the year chart sets the year range', async () => {
    await chart('Activities per year').scrollIntoViewIfNeeded();
    const ticks = chart('Activities per year').locator('.chart-x-axis text');
    const boxOf = async (year: number) => {
      const i = (await ticks.allTextContents()).indexOf(String(year));
      return (await ticks.nth(i).boundingBox())!;
    };
    const from = all.yearSpan.min + 1;
    const to = all.yearSpan.min + 3;
    const a = await boxOf(from);
    const b = await boxOf(to);
    const svg = (await chart('Activities per year').boundingBox())!;
    const y = svg.y + svg.height * 0.5;
    await s.page.mouse.move(a.x + a.width / 2 - 4, y);
    await s.page.mouse.down();
    await s.page.mouse.move((a.x + b.x) / 2, y, { steps: 4 });
    await s.page.mouse.move(b.x + b.width / 2 + 4, y, { steps: 4 });
    await s.page.mouse.up();
    await expect
      .poll(() => s.page.getByRole('slider', { name: 'From year' }).getAttribute('aria-valuenow'))
      .toBe(String(from));
    expect(
      await s.page.getByRole('slider', { name: 'To year' }).getAttribute('aria-valuenow'),
    ).toBe(String(to));
    const sel = expectedSelection(dataset, { from, to });
    for (const f of summaryFigures(sel)) expect(await summary()).toContain(f);
    const outYears = sel.perYear.filter((bin) => !bin.inRange && bin.total > 0).length;
    expect(await chart('Activities per year').locator('.chart-value-text.is-out').count()).toBe(
      outYears,
    );
    await s.page.getByRole('button', { name: 'Reset filters' }).click();
  });

  it('clicking a sector bar toggles that sector filter, and it stays in the chart greyed', async () => {
    const sector = [...all.perSector].sort((x, y) => y.count - x.count)[0]!;
    const label = dataset.sectors.find((x) => x.id === sector.id)!.label.en;
    const row = chart('Activities by sector').locator('g.chart-row', {
      has: s.page.locator(`title:text-matches("^${label}:")`),
    });
    await row.click();
    const box = s.page
      .getByRole('group', { name: 'Sectors' })
      .getByRole('checkbox', { name: label, exact: true });
    await expect.poll(() => box.isChecked()).toBe(false);
    expect(await row.getAttribute('class')).toContain('is-off');
    const rest = dataset.sectors.filter((x) => x.id !== sector.id).map((x) => x.id);
    for (const f of summaryFigures(expectedSelection(dataset, { sectors: rest })))
      expect(await summary()).toContain(f);
    await row.click();
    await expect.poll(() => box.isChecked()).toBe(true);
  });

  it('clicking a partner bar opens that country’s details', async () => {
    const top = all.partners[0]!;
    const name = countryName(top.iso3);
    const row = chart('Activities by partner')
      .locator('g', { has: s.page.locator(`title:text-matches("^${name}")`) })
      .last();
    await row.click();
    await expect.poll(() => detailsOf(s.page, top.iso3).count()).toBe(1);
  });
});
