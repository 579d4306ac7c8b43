import { chromium, type Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { getCountry } from '../../src/data/countries';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { svgPixels, webglPixels } from './mapPixels';
import { FIXTURE } from './expected';
import {
  detailsOf,
  openApp,
  openDataset,
  openFixture,
  sameColour,
  expectSummary,
  useE2E,
  waitForMapIdle,
  type E2ESession,
} from './session';

const numericOf = (iso3: string) => Number(getCountry(iso3)?.numeric);

/** Land that is no partner, as DESIGN fixes it: the colour an unselected country must have. */
const LAND = '#dcdcd7';

/**
 * A point well inside each country, [lon, lat], chosen by hand away from the capitals (where
 * labels sit) and from the arcs' paths, in the fixture's framing.
 */
const INSIDE = {
  KAZ: [66, 44.5],
  ETH: [42.5, 6],
  MNG: [104, 44],
  VNM: [106.3, 10.5],
  LAO: [102.3, 20.3],
  PER: [-75, -8],
  CHN: [88, 33],
} as const satisfies Record<string, readonly [number, number]>;
type Place = keyof typeof INSIDE;

/** What a country must look like: a legend step (by its label), the via swatch, or land. */
type Look = { step: string } | 'via' | 'land';

/** Fixture, no filter: Kazakhstan 4, Vietnam 3, Ethiopia 2, Mongolia 1, Laos only via the group. */
const ALL_LOOKS: Partial<Record<Place, Look>> = {
  KAZ: { step: '4' },
  VNM: { step: '3' },
  ETH: { step: '2' },
  MNG: { step: '1' },
  LAO: 'via',
  CHN: 'land',
};
/** Fixture without Vaccines: Kazakhstan 3, Ethiopia 1, Mongolia gone (land). */
const NO_VACCINE_LOOKS: Partial<Record<Place, Look>> = {
  KAZ: { step: '3' },
  VNM: { step: '3' },
  ETH: { step: '1' },
  MNG: 'land',
  LAO: 'via',
  CHN: 'land',
};

const hexOf = (rgb: string) =>
  `#${(rgb.match(/\d+/g) ?? []).map((v) => Number(v).toString(16).padStart(2, '0')).join('')}`;

/** The legend as the visitor sees it: each step's label → its swatch colour, and the via swatch. */
async function legend(page: Page): Promise<{ steps: Map<string, string>; via: string }> {
  const rows = await page
    .locator('.atlas-map__steps li')
    .evaluateAll((els) =>
      els.map((e) => [
        e.textContent.trim(),
        getComputedStyle(e.querySelector('.atlas-map__swatch')!).backgroundColor,
      ]),
    );
  const via = await page
    .locator('.atlas-map__swatch--via')
    .evaluate((e) => getComputedStyle(e).backgroundColor);
  return { steps: new Map(rows.map(([label, rgb]) => [label!, hexOf(rgb!)])), via: hexOf(via) };
}

/** Countries whose pixels do not have the colour they should, described (empty when all do). */
async function wrongColours(
  page: Page,
  looks: Partial<Record<Place, Look>>,
  read: (places: Place[]) => Promise<(string | null)[]>,
): Promise<string[]> {
  const key = await legend(page);
  const places = Object.keys(looks) as Place[];
  const seen = await read(places);
  return places.flatMap((p, i) => {
    const look = looks[p]!;
    const want = look === 'land' ? LAND : look === 'via' ? key.via : key.steps.get(look.step);
    if (!want) return [`${p}: no legend step ${JSON.stringify(look)}`];
    // A partner's colour must also differ from land, or "painted as land" would pass.
    if (look !== 'land' && sameColour(want, LAND)) return [`${p}: legend colour is land`];
    return sameColour(seen[i] ?? null, want) ? [] : [`${p}: ${seen[i]} instead of ${want}`];
  });
}

async function uncheckVaccines(s: E2ESession): Promise<void> {
  await s.page
    .getByRole('group', { name: 'Sectors' })
    .getByRole('checkbox', { name: 'Vaccines', exact: true })
    .uncheck();
  await expectSummary(s.page, 8, 7);
}

describe('the WebGL map', () => {
  const s = useE2E();
  /** The feature state MapLibre holds for a country, as plain typed fields. */
  const state = (iso3: string) =>
    s.page.evaluate((id) => {
      const raw: unknown = window.__atlasMap?.getFeatureState({ source: 'countries', id });
      const fs = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
      return {
        count: typeof fs.count === 'number' ? fs.count : 0,
        via: fs.via === true,
        selected: fs.selected === true,
      };
    }, numericOf(iso3));

  it('paints each partner in its legend step’s colour, via-only countries light, others as land, after a filter change', async () => {
    await openFixture(s);
    const read = (places: Place[]) =>
      webglPixels(
        s.page,
        places.map((p) => INSIDE[p]),
      );
    await expect.poll(() => wrongColours(s.page, ALL_LOOKS, read), { timeout: 20_000 }).toEqual([]);
    await uncheckVaccines(s);
    await waitForMapIdle(s.page);
    await expect
      .poll(() => wrongColours(s.page, NO_VACCINE_LOOKS, read), { timeout: 20_000 })
      .toEqual([]);
  });

  it('holds each partner’s activity count in its feature state, group-only members as via', async () => {
    await openFixture(s);
    const counts = { KAZ: 4, VNM: 3, ETH: 2, UZB: 2, KHM: 1, LAO: 1, MNG: 1, PER: 1, CHN: 0 };
    for (const [iso3, n] of Object.entries(counts))
      await expect.poll(async () => (await state(iso3)).count, { message: iso3 }).toBe(n);
    expect((await state('LAO')).via).toBe(true);
    expect((await state('KHM')).via).toBe(true);
    expect((await state('KAZ')).via).toBe(false);
  });

  it('updates feature state, not the map or its camera, when a filter changes', async () => {
    await openFixture(s);
    const camera = () =>
      s.page.evaluate(() => {
        const m = window.__atlasMap!;
        return { center: m.getCenter().toArray(), zoom: m.getZoom() };
      });
    const before = await camera();
    await s.page.evaluate(() => {
      (window as unknown as { __firstMap: unknown }).__firstMap = window.__atlasMap;
    });
    await s.page
      .getByRole('group', { name: 'Regions' })
      .getByRole('checkbox', { name: 'Central Asia', exact: true })
      .uncheck();
    await expectSummary(s.page, 6, 6);
    await waitForMapIdle(s.page);
    await expect.poll(async () => (await state('KAZ')).count).toBe(0);
    expect((await state('UZB')).count).toBe(0);
    expect((await state('ETH')).count).toBe(2);
    const same = await s.page.evaluate(
      () => (window as unknown as { __firstMap: unknown }).__firstMap === window.__atlasMap,
    );
    expect(same).toBe(true);
    expect(await camera()).toEqual(before);
  });

  it('names the country whose details are open, even where bigger partners crowd it out', async () => {
    // Bundled data with Uzbekistan's details open: the map narrows, and Kazakhstan's and
    // Turkmenistan's labels (more activities) leave no room for Uzbekistan's between them.
    await openApp(s, '?country=UZB');
    const uzbekistan = s.page.locator('.atlas-map__label').filter({ hasText: /^\s*Uzbekistan/ });
    await expect
      .poll(() => uzbekistan.evaluate((e) => getComputedStyle(e).visibility))
      .toBe('visible');
  });

  it('names partners on the map with their counts, never overlapping, following filters and language', async () => {
    await openFixture(s);
    /** Labels currently shown: their text and box. */
    const shownLabels = () =>
      s.page.locator('.atlas-map__label').evaluateAll((els) =>
        els
          .filter((e) => getComputedStyle(e).visibility === 'visible')
          .map((e) => {
            const r = e.getBoundingClientRect();
            return { text: e.textContent.trim(), x: r.x, y: r.y, w: r.width, h: r.height };
          }),
      );
    const countsIn = (labels: { text: string }[]) =>
      new Map(
        labels.flatMap((l) => {
          const m = /^(.*\S)\s+(\d+)$/.exec(l.text);
          return m ? [[m[1]!, Number(m[2])] as const] : [];
        }),
      );
    const before = await shownLabels();
    expect(before.map((l) => l.text)).toContain('South Korea');
    expect(countsIn(before).get('Kazakhstan')).toBe(4);
    for (const [i, a] of before.entries())
      for (const b of before.slice(i + 1))
        expect(a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y).toBe(
          true,
        );

    // To year 2023: the planned 2024 agreement leaves Kazakhstan (4 → 3); the others keep theirs.
    await s.page.getByRole('slider', { name: 'To year' }).focus();
    await s.page.keyboard.press('ArrowLeft');
    await expectSummary(s.page, 11, 8);
    await waitForMapIdle(s.page);
    const to2023: Record<string, number> = {
      Kazakhstan: 3,
      Vietnam: 3,
      Ethiopia: 2,
      Uzbekistan: 2,
      Cambodia: 1,
      Laos: 1,
      Mongolia: 1,
      Peru: 1,
    };
    await expect.poll(async () => countsIn(await shownLabels()).get('Kazakhstan')).toBe(3);
    const after = countsIn(await shownLabels());
    expect(after.size).toBeGreaterThan(2);
    for (const [name, count] of after) expect(count, name).toBe(to2023[name]);

    // In Korean, the names are Korean.
    await s.page.keyboard.press('End');
    await s.page.locator('body').press('l');
    await expect.poll(() => s.page.locator('html').getAttribute('lang')).toBe('ko');
    await waitForMapIdle(s.page);
    await expect
      .poll(async () => (await shownLabels()).map((l) => l.text))
      .toContain(`${getCountry('KAZ')!.name.ko} 4`);
    expect((await shownLabels()).map((l) => l.text)).toContain(getCountry('KOR')!.name.ko);
  });

  it('hovering a partner shows a tooltip with its name and count; clicking it opens the details', async () => {
    await openFixture(s);
    const [lon, lat] = INSIDE.KAZ;
    const pt = await s.page.evaluate(([x, y]) => window.__atlasMap!.project([x!, y!]), [lon, lat]);
    const box = (await s.page
      .getByRole('region', { name: 'World map' })
      .locator('canvas')
      .first()
      .boundingBox())!;
    await s.page.mouse.move(box.x + pt.x, box.y + pt.y);
    const tooltip = s.page.locator('.atlas-map__tooltip');
    await expect.poll(() => tooltip.textContent()).toContain('Kazakhstan');
    expect(await tooltip.textContent()).toContain('4');
    await s.page.mouse.click(box.x + pt.x, box.y + pt.y);
    await expect.poll(() => detailsOf(s.page, 'KAZ').count()).toBe(1);
    expect((await state('KAZ')).selected).toBe(true);
  });
});

describe('the SVG map at phone width', () => {
  const s = useE2E({ width: 390, height: 844 });

  it('paints each partner in its legend step’s colour and others as land, after a filter change', async () => {
    await openFixture(s);
    const region = s.page.getByRole('region', { name: 'World map' });
    expect(await region.getAttribute('data-map-renderer')).toBe('svg');
    const read = (places: Place[]) =>
      svgPixels(
        s.page,
        places.map((p) => INSIDE[p]),
      );
    // At this size Vietnam and Laos are a few pixels: the big partners and Peru are checked.
    const all: Partial<Record<Place, Look>> = {
      KAZ: { step: '4' },
      ETH: { step: '2' },
      MNG: { step: '1' },
      PER: { step: '1' },
      CHN: 'land',
    };
    await expect.poll(() => wrongColours(s.page, all, read), { timeout: 20_000 }).toEqual([]);
    await s.page.getByRole('button', { name: 'Filters', exact: true }).click();
    await uncheckVaccines(s);
    await s.page.getByRole('button', { name: 'Filters', exact: true }).click();
    const noVaccines: Partial<Record<Place, Look>> = {
      KAZ: { step: '3' },
      ETH: { step: '1' },
      MNG: 'land',
      PER: { step: '1' },
      CHN: 'land',
    };
    await expect
      .poll(() => wrongColours(s.page, noVaccines, read), { timeout: 20_000 })
      .toEqual([]);
  });
});

describe('without WebGL', () => {
  it('draws an SVG map in the same region, with the partners clickable', async () => {
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-3d-apis'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(inject('baseUrl'));
      const region = page.getByRole('region', { name: 'World map' });
      await expect.poll(() => region.getAttribute('data-map-renderer')).toBe('svg');
      await openDataset(page, FIXTURE.path, FIXTURE.title);
      await expect.poll(() => region.locator('svg path').count()).toBeGreaterThan(100);
      await region
        .locator('.atlas-map__svg-partner', {
          has: page.locator('title:text-matches("^Ethiopia")'),
        })
        .first()
        .click();
      await expect.poll(() => detailsOf(page, 'ETH').count()).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
