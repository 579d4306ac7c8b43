import { describe, expect, it } from 'vitest';
import {
  FIXTURE,
  FIXTURE_2019_ONLY,
  FIXTURE_FROM_2020,
  FIXTURE_ISO3,
  FIXTURE_NO_CENTRAL_ASIA,
  FIXTURE_NO_FORUM,
  FIXTURE_NO_VACCINES,
  FIXTURE_TO_2019,
  FIXTURE_TO_2023,
  partnerLabel,
  type PartnerRow,
} from './expected';
import { openFixture, partnerNames, expectSummary, useE2E, waitForMapIdle } from './session';

describe('filters, year range and playback update every view (test fixture)', () => {
  const s = useE2E();
  const mapPartners = () =>
    s.page.getByRole('region', { name: 'World map' }).getAttribute('data-partners');
  const slider = (name: string) => s.page.getByRole('slider', { name });
  const check = (group: string, name: string) =>
    s.page.getByRole('group', { name: group }).getByRole('checkbox', { name, exact: true });

  /** Summary, partner list and map all show `activities` and exactly these partners. */
  async function expectViewsShow(want: {
    readonly activities: number;
    readonly partners: readonly PartnerRow[];
  }) {
    await expectSummary(s.page, want.activities, want.partners.length);
    const names = await partnerNames(s.page);
    expect(names).toHaveLength(want.partners.length);
    want.partners.forEach((row, i) => expect(names[i]).toMatch(partnerLabel(row)));
    await waitForMapIdle(s.page);
    const codes = want.partners.map(([name]) => FIXTURE_ISO3[name]).sort();
    await expect.poll(async () => (await mapPartners())?.split(',').sort()).toEqual(codes);
  }

  it('arrowing the To year thumb narrows the range everywhere and writes the URL', async () => {
    await openFixture(s);
    await slider('To year').focus();
    await s.page.keyboard.press('ArrowLeft');
    await expect.poll(() => slider('To year').getAttribute('aria-valuenow')).toBe('2023');
    await expectViewsShow(FIXTURE_TO_2023);
    expect(new URL(s.page.url()).searchParams.get('to')).toBe('2023');
  });

  it('moving From past the start of a programme keeps it while it still runs', async () => {
    await openFixture(s);
    await slider('From year').focus();
    for (let i = 0; i < 4; i++) await s.page.keyboard.press('ArrowRight');
    await expect.poll(() => slider('From year').getAttribute('aria-valuenow')).toBe('2020');
    // The 2018–2020 training still runs in 2020; the 2017–2019 project does not.
    await expectViewsShow(FIXTURE_FROM_2020);
  });

  it('dragging the To year thumb sets the range; a single year shows what ran that year', async () => {
    await openFixture(s);
    const to = slider('To year');
    const tick = (await s.page.locator('.range-ticks li', { hasText: '2019' }).boundingBox())!;
    const thumb = (await to.boundingBox())!;
    await s.page.mouse.move(thumb.x + thumb.width / 2, thumb.y + thumb.height / 2);
    await s.page.mouse.down();
    await s.page.mouse.move(tick.x + tick.width / 2, thumb.y + thumb.height / 2, { steps: 8 });
    await s.page.mouse.up();
    await expect.poll(() => to.getAttribute('aria-valuenow')).toBe('2019');
    await expectViewsShow(FIXTURE_TO_2019);
    await slider('From year').focus();
    for (let i = 0; i < 3; i++) await s.page.keyboard.press('ArrowRight');
    await expect.poll(() => slider('From year').getAttribute('aria-valuenow')).toBe('2019');
    await expectViewsShow(FIXTURE_2019_ONLY);
  });

  it('Reset filters brings back the whole dataset', async () => {
    await openFixture(s);
    await check('Sectors', 'Vaccines').uncheck();
    await slider('To year').focus();
    await s.page.keyboard.press('ArrowLeft');
    await expect.poll(() => slider('To year').getAttribute('aria-valuenow')).toBe('2023');
    await s.page.getByRole('button', { name: 'Reset filters' }).click();
    await expectViewsShow({ activities: FIXTURE.activities, partners: FIXTURE.partners });
    expect(new URL(s.page.url()).search).toBe('');
  });

  it('Play keeps From, steps To a year at a time, and stops by itself at the last year', async () => {
    await openFixture(s);
    const to = slider('To year');
    await s.page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => s.page.getByRole('button', { name: 'Pause' }).count()).toBe(1);
    const seen = new Set<string>();
    await expect
      .poll(
        async () => {
          seen.add((await to.getAttribute('aria-valuenow')) ?? '');
          return s.page.getByRole('button', { name: 'Play' }).count();
        },
        { timeout: 30_000, interval: 200 },
      )
      .toBe(1);
    expect(await to.getAttribute('aria-valuenow')).toBe('2024');
    expect(await slider('From year').getAttribute('aria-valuenow')).toBe('2016');
    expect(seen.size).toBeGreaterThan(2);
    await expectViewsShow({ activities: FIXTURE.activities, partners: FIXTURE.partners });
  });

  it('unchecking a sector filters the map, list, summary and URL', async () => {
    await openFixture(s);
    await check('Sectors', 'Vaccines').uncheck();
    await expectViewsShow(FIXTURE_NO_VACCINES);
    expect(new URL(s.page.url()).searchParams.get('sectors')).toBe(
      'clinical-training,digital-records',
    );
    await check('Sectors', 'Vaccines').check();
    await expectViewsShow({ activities: FIXTURE.activities, partners: FIXTURE.partners });
  });

  it('unchecking a region removes its countries', async () => {
    await openFixture(s);
    await check('Regions', 'Central Asia').uncheck();
    await expectViewsShow(FIXTURE_NO_CENTRAL_ASIA);
  });

  it('leaving out the group’s only activity removes the countries reached only through it', async () => {
    await openFixture(s);
    await check('Activity types', 'Forum').uncheck();
    await expectViewsShow(FIXTURE_NO_FORUM);
  });

  it('leaving out planned activities drops the planned agreement', async () => {
    await openFixture(s);
    await check('Status', 'Planned').uncheck();
    await expectViewsShow(FIXTURE_TO_2023);
  });
});
