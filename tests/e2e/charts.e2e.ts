import { describe, expect, it } from 'vitest';
import { detailsOf, openApp, openFixture, expectSummary, useE2E } from './session';

describe('linked charts', () => {
  const s = useE2E();
  const chart = (name: string) => s.page.getByRole('img', { name, exact: true });

  it('shows the three charts with their exact accessible names and a text alternative', async () => {
    await openApp(s);
    for (const name of ['Activities per year', 'Activities by sector', 'Activities by partner']) {
      expect(await chart(name).count()).toBe(1);
    }
    const tables = await s.page.locator('.charts table').count();
    expect(tables).toBeGreaterThanOrEqual(3);
  });

  it('brushing a span of the year chart sets the year range', async () => {
    await openFixture(s);
    await chart('Activities per year').scrollIntoViewIfNeeded();
    const ticks = chart('Activities per year').locator('.chart-x-axis text');
    const boxOf = async (year: number) => {
      const i = (await ticks.allTextContents()).indexOf(String(year));
      expect(i, `tick ${year}`).toBeGreaterThanOrEqual(0);
      return (await ticks.nth(i).boundingBox())!;
    };
    const a = await boxOf(2016);
    const b = await boxOf(2018);
    const svg = (await chart('Activities per year').boundingBox())!;
    const y = svg.y + svg.height * 0.5;
    // 2016, 2018 and 2020 are ticked; 2017 lies halfway between the first two.
    const x2017 = (a.x + a.width / 2 + b.x + b.width / 2) / 2;
    await s.page.mouse.move(x2017 - 4, y);
    await s.page.mouse.down();
    await s.page.mouse.move(x2017 + 20, y, { steps: 4 });
    const c = await boxOf(2020);
    const x2019 = (b.x + b.width / 2 + c.x + c.width / 2) / 2;
    await s.page.mouse.move(x2019 + 4, y, { steps: 4 });
    await s.page.mouse.up();
    await expect
      .poll(() => s.page.getByRole('slider', { name: 'From year' }).getAttribute('aria-valuenow'))
      .toBe('2017');
    expect(
      await s.page.getByRole('slider', { name: 'To year' }).getAttribute('aria-valuenow'),
    ).toBe('2019');
    // 2017–2019: the 2017–2019 project, the 2018–2020 training, aid 2018 and aid 2019.
    await expectSummary(s.page, 4, 4);
    // Years with activities outside the range are greyed: 2016 and 2020–2024.
    expect(await chart('Activities per year').locator('.chart-value-text.is-out').count()).toBe(6);
  });

  it('clicking a sector bar toggles that sector filter, and it stays in the chart greyed', async () => {
    await openFixture(s);
    const row = chart('Activities by sector').locator('g.chart-row', {
      has: s.page.locator('title:text-matches("^Vaccines:")'),
    });
    await row.click();
    const box = s.page
      .getByRole('group', { name: 'Sectors' })
      .getByRole('checkbox', { name: 'Vaccines', exact: true });
    await expect.poll(() => box.isChecked()).toBe(false);
    expect(await row.getAttribute('class')).toContain('is-off');
    await expectSummary(s.page, 8, 7);
    await row.click();
    await expect.poll(() => box.isChecked()).toBe(true);
    await expectSummary(s.page, 12, 8);
  });

  it('clicking a partner bar opens that country’s details', async () => {
    await openFixture(s);
    const row = chart('Activities by partner')
      .locator('g', { has: s.page.locator('title:text-matches("^Kazakhstan")') })
      .last();
    await row.click();
    await expect.poll(() => detailsOf(s.page, 'KAZ').count()).toBe(1);
  });

  it('a new width moves the bars at once, and a filter change still animates them', async () => {
    await openFixture(s);
    await chart('Activities per year').scrollIntoViewIfNeeded();
    // Counts the writes to each year bar's geometry: a tween writes a bar on every animation
    // frame for 400 ms, a jump once (React drawing the new layout).
    const count = () =>
      s.page.evaluate(() => {
        const writes = new Map<Node, number>();
        const svg = document.querySelector('svg[aria-label="Activities per year"]');
        new MutationObserver((records) => {
          for (const r of records) writes.set(r.target, (writes.get(r.target) ?? 0) + 1);
        }).observe(svg!, {
          subtree: true,
          attributeFilter: ['x', 'y', 'width', 'height'],
        });
        Object.assign(window, {
          mostWrites: () =>
            Math.max(0, ...[...writes].filter(([n]) => n.nodeName === 'rect').map(([, c]) => c)),
        });
      });
    const mostWrites = () =>
      s.page.evaluate(() => (window as unknown as { mostWrites: () => number }).mostWrites());
    const svgWidth = () => chart('Activities per year').getAttribute('width');
    try {
      const width = await svgWidth();
      await count();
      await s.page.setViewportSize({ width: 800, height: 800 });
      await expect.poll(svgWidth).not.toBe(width);
      await s.page.waitForTimeout(1000);
      // x, y, width and height, written by React once per layout: one, or a few while the page
      // settles on a busy machine (6 seen). A tween advances at most 34 ms a frame, so its 400 ms
      // take at least 12 frames: 48 writes or more (52 with the old code).
      expect(await mostWrites()).toBeGreaterThan(0);
      expect(await mostWrites()).toBeLessThanOrEqual(12);
    } finally {
      await s.page.setViewportSize({ width: 1280, height: 800 });
    }
    await s.page.waitForTimeout(1000);
    await count();
    await s.page
      .getByRole('group', { name: 'Sectors' })
      .getByRole('checkbox', { name: 'Vaccines', exact: true })
      .uncheck();
    await expectSummary(s.page, 8, 7);
    await s.page.waitForTimeout(1000);
    expect(await mostWrites()).toBeGreaterThan(8);
  });
});
