import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { openApp, pngColours, saved, useE2E, waitForMapIdle } from './session';

/** The bundled dataset's partners as the map lists them, most activities first (counted with jq). */
const BUNDLED_PARTNER_CODES = 'TKM,KAZ,UZB,BRN,KHM,IDN,LAO,MYS,MMR,PHL,SGP,THA,VNM,MNG,PRY';

describe('accessibility at laptop size', () => {
  const s = useE2E();

  it('has no axe violations on the first screen', async () => {
    await openApp(s);
    const first = await new AxeBuilder({ page: s.page }).analyze();
    expect(
      first.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });

  it('has no axe violations with details open', async () => {
    await openApp(s, '?country=KAZ');
    const details = await new AxeBuilder({ page: s.page }).analyze();
    expect(details.violations.map((v) => v.id)).toEqual([]);
  });

  it('reaches every control with the keyboard, in a sensible order', async () => {
    await openApp(s);
    const names: string[] = [];
    for (let i = 0; i < 60; i++) {
      await s.page.keyboard.press('Tab');
      names.push(
        await s.page.evaluate(() => {
          const el = document.activeElement;
          return el ? (el.getAttribute('aria-label') ?? el.textContent).trim() : '';
        }),
      );
    }
    for (const name of [
      'Open dataset',
      'Download PNG',
      'Present',
      'From year',
      'To year',
      'Play',
      'Reset filters',
    ]) {
      expect(names).toContain(name);
    }
  });
});

describe('tablet layout (1024×768)', () => {
  const s = useE2E({ width: 1024, height: 768 });

  it('opens details in the panel’s place, the panel out of sight and reach, the map as wide', async () => {
    await openApp(s);
    const map = s.page.getByRole('region', { name: 'World map' });
    const width = (await map.boundingBox())!.width;
    await s.page
      .getByRole('list', { name: 'Partner countries' })
      .getByRole('button')
      .first()
      .click();
    const details = s.page.getByRole('region', { name: /details$/ });
    await expect.poll(() => details.count()).toBe(1);
    expect((await map.boundingBox())!.width).toBe(width);
    const sheet = (await details.boundingBox())!;
    expect(Math.round(sheet.x + sheet.width)).toBe(1024);
    // Hidden panel controls are not visible and not reached by Tab (round the whole page).
    expect(await s.page.getByRole('group', { name: 'Sectors' }).isVisible()).toBe(false);
    await s.page.getByRole('button', { name: 'Close details' }).focus();
    let inPanel = 0;
    for (let i = 0; i < 60; i++) {
      await s.page.keyboard.press('Tab');
      if (await s.page.evaluate(() => Boolean(document.activeElement?.closest('.panel'))))
        inPanel++;
    }
    expect(inPanel).toBe(0);
    await s.page.getByRole('button', { name: 'Close details' }).click();
    expect(await s.page.getByRole('group', { name: 'Sectors' }).isVisible()).toBe(true);
  });
});

describe('phone layout (390×844)', () => {
  const s = useE2E({ width: 390, height: 844 });

  it('never scrolls sideways, keeps the map in the top half and a notice under the header', async () => {
    // A link with an invalid year: its notice must not cover the header (Find, the buttons).
    await openApp(s, '?from=abc');
    const notice = s.page.getByRole('alert').filter({ hasText: 'from="abc" is not a year' });
    await notice.waitFor();
    const header = (await s.page.getByRole('banner').boundingBox())!;
    expect((await notice.boundingBox())!.y).toBeGreaterThanOrEqual(header.y + header.height);
    const { scroll, client } = await s.page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(scroll).toBeLessThanOrEqual(client);
    const map = (await s.page.getByRole('region', { name: 'World map' }).boundingBox())!;
    expect(map.height).toBeGreaterThan(844 * 0.35);
    expect(map.y + map.height).toBeLessThanOrEqual(844 * 0.75);
  });

  it('hides the filters in a drawer that the Filters button opens', async () => {
    await openApp(s);
    const sectors = s.page.getByRole('group', { name: 'Sectors' });
    expect(await sectors.isVisible()).toBe(false);
    await s.page.getByRole('button', { name: 'Filters', exact: true }).click();
    expect(await sectors.isVisible()).toBe(true);
    // What the tap opened is on screen, not below the fold.
    await expect
      .poll(async () => (await sectors.getByRole('checkbox').first().boundingBox())!.y)
      .toBeLessThan(844 - 40);
  });

  it('Download PNG draws the SVG map into the slide', async () => {
    await openApp(s);
    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      s.page.getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    const png = await saved(download);
    // Inside the slide's map box (x 56–1360, y 160–920): distinct colours (land, sea, partners),
    // and pixels of home's red, so the frame is whole and not cropped off at Korea's edge.
    const { distinct, near } = await pngColours(s.page, png, {
      step: 31,
      box: { x: 56, y: 160, width: 1304, height: 760 },
      near: '#cd2e3a',
    });
    expect(distinct).toBeGreaterThan(8);
    expect(near).toBeGreaterThan(40);
  });

  it('opens on the light SVG map, without MapLibre, until Zoom and pan asks for it', async () => {
    const requested: string[] = [];
    const onRequest = (r: Request) => requested.push(new URL(r.url()).pathname);
    s.page.on('request', onRequest);
    try {
      await openApp(s);
      const region = s.page.getByRole('region', { name: 'World map' });
      expect(await region.getAttribute('data-map-renderer')).toBe('svg');
      expect(await region.getAttribute('data-partners')).toBe(BUNDLED_PARTNER_CODES);
      // Every partner country is drawn as a clickable shape (the smallest ones as markers only).
      const shaded = await region.locator('.atlas-map__svg-partner').count();
      expect(shaded).toBeGreaterThan(15 / 2);
      expect(requested.some((p) => /MapLibreView|maplibre-gl-worker|world-countries/.test(p))).toBe(
        false,
      );

      await region.getByRole('button', { name: 'Zoom and pan' }).click();
      await expect.poll(() => region.getAttribute('data-map-renderer')).toBe('webgl');
      await waitForMapIdle(s.page);
      await expect.poll(() => region.locator('canvas').count()).toBeGreaterThan(0);
      expect(await region.getByRole('button', { name: 'Fit to partners' }).count()).toBe(1);
      expect(await region.getByRole('button', { name: 'Zoom and pan' }).count()).toBe(0);
      expect(await region.getAttribute('data-partners')).toBe(BUNDLED_PARTNER_CODES);
      expect(s.errors).toEqual([]);
    } finally {
      s.page.off('request', onRequest);
    }
  });

  it('opens details as a full-width sheet', async () => {
    await openApp(s);
    await s.page
      .getByRole('list', { name: 'Partner countries' })
      .getByRole('button')
      .first()
      .click();
    const sheet = (await s.page.getByRole('region', { name: /details$/ }).boundingBox())!;
    expect(Math.round(sheet.width)).toBe(390);
  });
});

/** The bundled partners' capitals, [lon, lat] (from an atlas, not from the app's anchors). */
const BUNDLED_CAPITALS: Record<string, readonly [number, number]> = {
  Ashgabat: [58.38, 37.95],
  Astana: [71.45, 51.17],
  Tashkent: [69.24, 41.3],
  Ulaanbaatar: [106.92, 47.92],
  Asunción: [-57.64, -25.3],
  Naypyidaw: [96.13, 19.76],
  Bangkok: [100.5, 13.76],
  Hanoi: [105.85, 21.03],
  Manila: [120.98, 14.6],
  Jakarta: [106.85, -6.21],
  'Kuala Lumpur': [101.69, 3.14],
  Singapore: [103.82, 1.35],
};

describe('presenting on a projector', () => {
  const s = useE2E({ width: 1280, height: 800 });

  /**
   * Capitals (of `capitals`, default every bundled partner's) behind the title card (or within
   * 40 px of it: its country or label would be under it), behind another of `covers` (selector
   * and the clearance wanted, px), or off the map.
   */
  async function hiddenCapitals(
    covers: readonly (readonly [string, number])[] = [],
    capitals: Record<string, readonly [number, number]> = BUNDLED_CAPITALS,
  ): Promise<string[]> {
    const card = s.page.locator('.present-overlay');
    await card.waitFor();
    await waitForMapIdle(s.page);
    // The map reframes for the full-width stage: wait until its camera has come to rest.
    let last = '';
    await expect
      .poll(async () => {
        const now = await s.page.evaluate(() => {
          const m = window.__atlasMap!;
          return m.isMoving() ? 'moving' : JSON.stringify([m.getCenter(), m.getZoom()]);
        });
        const settled = now !== 'moving' && now === last;
        last = now;
        return settled;
      })
      .toBe(true);
    const map = await s.page.locator('.atlas-map canvas').first().boundingBox();
    const boxes = await Promise.all(
      [['.present-overlay', 40] as const, ...covers].map(async ([c, clear]) => ({
        ...(await s.page.locator(c).boundingBox())!,
        clear,
      })),
    );
    const points = await s.page.evaluate(
      (list) =>
        list.map(([name, ll]) => {
          const { x, y } = window.__atlasMap!.project([ll[0], ll[1]]);
          return { name, x, y };
        }),
      Object.entries(capitals),
    );
    const under = (p: { x: number; y: number }) =>
      boxes.some(
        (box) =>
          p.x >= box.x - box.clear &&
          p.x <= box.x + box.width + box.clear &&
          p.y >= box.y - box.clear &&
          p.y <= box.y + box.height + box.clear,
      );
    const offMap = (p: { x: number; y: number }) =>
      p.x < map!.x || p.x > map!.x + map!.width || p.y < map!.y || p.y > map!.y + map!.height;
    return points
      .map((p) => ({ name: p.name, x: map!.x + p.x, y: map!.y + p.y }))
      .filter((p) => under(p) || offMap(p))
      .map((p) => p.name);
  }

  it('comparing periods: the New / Continued / Ended key is in sight, and no partner under it', async () => {
    // A bad value in the link: its notice belongs to the preparation, not to the audience.
    await openApp(s, '?from=2021&to=2024&compare=2019-2020&sectors=nope');
    const notice = s.page.getByRole('alert').filter({ hasText: 'nope' });
    await notice.waitFor();
    await s.page.locator('body').press('p');
    await expect.poll(() => notice.count()).toBe(0);
    const key = s.page.locator('.compare-legend');
    // The two partners of 2019–2020 only (Ended) are not framed: the map shows 2021–2024.
    const shown = Object.fromEntries(
      Object.entries(BUNDLED_CAPITALS).filter(([c]) => c !== 'Astana' && c !== 'Tashkent'),
    );
    // Framing keeps 16 px between the partners' capitals and the key.
    expect(await hiddenCapitals([['.compare-legend', 12]], shown)).toEqual([]);
    const [keyBox, cardBox] = [
      (await key.boundingBox())!,
      (await s.page.locator('.present-overlay').boundingBox())!,
    ];
    const apart =
      keyBox.y >= cardBox.y + cardBox.height ||
      keyBox.x >= cardBox.x + cardBox.width ||
      cardBox.y >= keyBox.y + keyBox.height;
    expect(apart).toBe(true);
    expect(await key.getByText('New').isVisible()).toBe(true);
  });

  it('shows every partner’s capital clear of the title card at 1280×800 and 1024×768; Korean breaks between words', async () => {
    await openApp(s);
    await s.page.locator('body').press('p');
    expect(await hiddenCapitals()).toEqual([]);
    // The same projector at XGA: the map keeps the partners framed as its size changes.
    await s.page.setViewportSize({ width: 1024, height: 768 });
    await expect
      .poll(() =>
        s.page
          .locator('.atlas-map canvas')
          .first()
          .evaluate((c) => c.clientWidth),
      )
      .toBe(1024);
    expect(await hiddenCapitals()).toEqual([]);
    // In Korean the card breaks lines between words, never inside one ("국제협 / 력").
    await s.page.locator('body').press('l');
    await expect.poll(() => s.page.locator('html').getAttribute('lang')).toBe('ko');
    expect(await splitWords(s.page, '.present-overlay')).toEqual([]);
  });
});

/** The words (runs of non-space) of the visible text in `selector` that a line break splits. */
function splitWords(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluate((root) => {
    const split: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('.visually-hidden')) continue;
      for (const m of (node.textContent ?? '').matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (lines.size > 1) split.push(m[0]);
      }
    }
    return split;
  });
}
