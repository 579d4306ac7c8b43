import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED, FIXTURE } from './expected';
import {
  detailsOf,
  openApp,
  openFixture,
  partnerButton,
  pngEdgeStep,
  saved,
  expectSummary,
  useE2E,
  waitForMapIdle,
} from './session';

function file(name: string, text: string) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(text) };
}

/** The fixture as plain JSON, to be altered into other files to open. */
function fixtureJson(): {
  title: { en: string };
  activities: { partners: string[]; source: string }[];
} {
  return JSON.parse(readFileSync(FIXTURE.path, 'utf8')) as ReturnType<typeof fixtureJson>;
}

describe('opening your own dataset', () => {
  const s = useE2E();
  const input = () => s.page.getByLabel('Open dataset');
  const heading = () => s.page.locator('h1').textContent();

  it('a file that is not JSON gets its own message and the map keeps the data', async () => {
    await openApp(s);
    await input().setInputFiles(file('notes.json', 'this is { not json'));
    const alert = s.page.getByRole('alert');
    await expect.poll(() => alert.count()).toBe(1);
    expect(await alert.textContent()).toMatch(/notes\.json could not be opened: it is not JSON/);
    expect(await heading()).toBe(BUNDLED.title);
  });

  it('an invalid dataset lists each problem with its path, as text, and keeps what was shown', async () => {
    await openApp(s);
    const bad = fixtureJson();
    bad.activities[0]!.partners[0] = 'XYZ';
    bad.activities[1]!.source = '<img src=x onerror=alert(1)>';
    bad.title.en = 'Should not appear';
    await input().setInputFiles(file('bad.json', JSON.stringify(bad)));
    const alert = s.page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('activities[0].partners[0]');
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('"XYZ" is not an ISO 3166-1 alpha-3 code or a group id');
    expect(text).toContain('activities[1].source');
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(await s.page.locator('.notice img').count()).toBe(0);
    expect(await heading()).toBe(BUNDLED.title);
    await expectSummary(s.page, BUNDLED.activities, BUNDLED.partnerCountries);
  });

  it('a valid dataset replaces the view, with markup in it shown as text', async () => {
    await openApp(s);
    const mine = fixtureJson();
    mine.title.en = 'My <em>own</em> atlas';
    mine.activities = mine.activities.slice(0, 3);
    await input().setInputFiles(file('mine.json', JSON.stringify(mine)));
    await expect.poll(heading).toBe('My <em>own</em> atlas');
    expect(await s.page.locator('h1 em').count()).toBe(0);
    // The first three activities: all with Kazakhstan.
    await expectSummary(s.page, 3, 1);
    expect(s.errors).toEqual([]);
  });

  it('opens a dataset dropped anywhere on the page', async () => {
    await openApp(s);
    const mine = fixtureJson();
    mine.title.en = 'Dropped atlas';
    const transfer = await s.page.evaluateHandle((json) => {
      const dt = new DataTransfer();
      dt.items.add(new File([json], 'dropped.json', { type: 'application/json' }));
      return dt;
    }, JSON.stringify(mine));
    await s.page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
    await s.page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
    await s.page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    await expect.poll(() => s.page.locator('h1').textContent()).toBe('Dropped atlas');
    await expectSummary(s.page, FIXTURE.activities, FIXTURE.partnerCountries);
  });
});

describe('exports, language and presentation', () => {
  const s = useE2E();

  it('Download CSV saves one row per filtered activity', async () => {
    await openFixture(s);
    await s.page
      .getByRole('group', { name: 'Sectors' })
      .getByRole('checkbox', { name: 'Vaccines', exact: true })
      .uncheck();
    await expectSummary(s.page, 8, 7);
    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      s.page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const bytes = await saved(download);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(rows).toHaveLength(1 + 8);
    const kept = [
      'fx-kaz-training-2018',
      'fx-kaz-meeting-2021',
      'fx-uzb-project-2017',
      'fx-group-forum-2020',
      'fx-vnm-training-2020',
      'fx-vnm-meeting-2023',
      'fx-per-eth-project-2023',
      'fx-kaz-agreement-2024',
    ];
    for (const id of kept)
      expect(
        rows.filter((r) => r.includes(id)),
        id,
      ).toHaveLength(1);
    for (const id of ['fx-kaz-agreement-2016', 'fx-uzb-agreement-2022', 'fx-mng-aid-2019'])
      expect(rows.join('\n')).not.toContain(id);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
  });

  it('Download PNG saves a 1920×1080 image, its map sharp, also with the details open', async () => {
    await openApp(s);
    const downloadPng = async () => {
      const [download] = await Promise.all([
        s.page.waitForEvent('download'),
        s.page.getByRole('button', { name: 'Download PNG' }).click(),
      ]);
      return saved(download);
    };
    const png = await downloadPng();
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, 1080]);
    // The slide's map box, less its frame: the sharpest edges step by more than 150 when the map
    // is drawn at the slide's size; the screen's map scaled up 1.5–2.6× into it gave 76–118.
    const box = { x: 60, y: 164, width: 1296, height: 752 };
    expect(await pngEdgeStep(s.page, png, box)).toBeGreaterThan(150);
    await partnerButton(s.page, 'KAZ').click();
    await detailsOf(s.page, 'KAZ').waitFor();
    await waitForMapIdle(s.page);
    expect(await pngEdgeStep(s.page, await downloadPng(), box)).toBeGreaterThan(150);
  });

  it('Copy link puts the current URL on the clipboard', async () => {
    await openApp(s);
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(s.baseUrl).origin,
    });
    const to = s.page.getByRole('slider', { name: 'To year' });
    await to.focus();
    await s.page.keyboard.press('ArrowLeft');
    await expect.poll(() => to.getAttribute('aria-valuenow')).toBe('2023');
    await s.page.getByRole('button', { name: 'Copy link' }).click();
    await expect
      .poll(() => s.page.evaluate(() => navigator.clipboard.readText()))
      .toBe(s.page.url());
    expect(s.page.url()).toContain('to=2023');
  });

  it('한국어 switches the interface to Korean and English switches back', async () => {
    await openFixture(s);
    await s.page.getByRole('button', { name: '한국어' }).click();
    await expect.poll(() => s.page.locator('html').getAttribute('lang')).toBe('ko');
    expect(await s.page.locator('h1').textContent()).toBe(FIXTURE.titleKo);
    const sectors = s.page.locator('.filters fieldset').first();
    expect(await sectors.textContent()).toContain('백신');
    expect(await sectors.textContent()).not.toContain('Vaccines');
    await s.page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => s.page.locator('html').getAttribute('lang')).toBe('en');
    expect(await s.page.locator('h1').textContent()).toBe(FIXTURE.title);
  });

  it('a clicker’s PageUp and PageDown step the last year, and K plays', async () => {
    await openApp(s);
    const to = s.page.getByRole('slider', { name: 'To year' });
    await s.page.locator('h1').click();
    await s.page.keyboard.press('PageUp');
    await expect.poll(() => to.getAttribute('aria-valuenow')).toBe('2023');
    await s.page.keyboard.press('PageDown');
    await expect.poll(() => to.getAttribute('aria-valuenow')).toBe('2024');
    await s.page.keyboard.press('k');
    await expect.poll(() => s.page.getByRole('button', { name: 'Pause' }).count()).toBe(1);
    await s.page.keyboard.press('k');
    await expect.poll(() => s.page.getByRole('button', { name: 'Play' }).count()).toBe(1);
  });

  it('letter shortcuts work while a checkbox has focus, and Space still toggles it', async () => {
    await openApp(s);
    const box = s.page.getByRole('group', { name: 'Sectors' }).getByRole('checkbox').first();
    await box.focus();
    await s.page.keyboard.press('Space');
    await expect.poll(() => box.isChecked()).toBe(false);
    expect(await s.page.getByRole('button', { name: 'Play' }).count()).toBe(1);
    await s.page.keyboard.press('Space');
    await expect.poll(() => box.isChecked()).toBe(true);
    await s.page.keyboard.press('p');
    await expect
      .poll(() => s.page.getByRole('button', { name: 'Exit presentation' }).count())
      .toBe(1);
    await s.page.keyboard.press('Escape');
    await expect.poll(() => s.page.getByRole('button', { name: 'Present' }).count()).toBe(1);
  });

  it('P enters presentation mode; Exit presentation and Escape leave it', async () => {
    await openApp(s);
    await s.page.locator('body').press('p');
    await expect
      .poll(() => s.page.getByRole('button', { name: 'Exit presentation' }).count())
      .toBe(1);
    expect(await s.page.getByRole('group', { name: 'Sectors' }).count()).toBe(0);
    await s.page.getByRole('button', { name: 'Exit presentation' }).click();
    await expect.poll(() => s.page.getByRole('button', { name: 'Present' }).count()).toBe(1);
    await s.page.getByRole('button', { name: 'Present' }).click();
    await s.page.keyboard.press('Escape');
    await expect
      .poll(() => s.page.getByRole('button', { name: 'Exit presentation' }).count())
      .toBe(0);
  });
});
