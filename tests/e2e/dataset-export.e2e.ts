import { describe, expect, it } from 'vitest';
import { bundledDataset, expectedSelection, summaryFigures } from './expected';
import { openApp, saved, useE2E } from './session';

const dataset = bundledDataset();
const all = expectedSelection(dataset);

function file(name: string, text: string) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(text) };
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
    expect(await heading()).toBe(dataset.title.en);
  });

  it('an invalid dataset lists each problem with its path, as text, and keeps what was shown', async () => {
    const bad = structuredClone(dataset) as unknown as {
      activities: { partners: string[]; source: string }[];
      title: { en: string };
    };
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
    expect(await heading()).toBe(dataset.title.en);
    const summary = await s.page.getByRole('status', { name: 'Summary' }).textContent();
    for (const f of summaryFigures(all)) expect(summary).toContain(f);
  });

  it('a valid dataset replaces the view, with markup in it shown as text', async () => {
    const mine = structuredClone(dataset) as unknown as {
      title: { en: string };
      activities: unknown[];
    };
    mine.title.en = 'My <em>own</em> atlas';
    mine.activities = mine.activities.slice(0, 3);
    await input().setInputFiles(file('mine.json', JSON.stringify(mine)));
    await expect.poll(heading).toBe('My <em>own</em> atlas');
    expect(await s.page.locator('h1 em').count()).toBe(0);
    expect(s.errors).toEqual([]);
  });
});

describe('dropping a file on the page', () => {
  const s = useE2E();

  it('opens a dataset dropped anywhere on the page', async () => {
    await openApp(s);
    const mine = structuredClone(dataset) as unknown as { title: { en: string } };
    mine.title.en = 'Dropped atlas';
    const text = JSON.stringify(mine);
    const transfer = await s.page.evaluateHandle((json) => {
      const dt = new DataTransfer();
      dt.items.add(new File([json], 'dropped.json', { type: 'application/json' }));
      return dt;
    }, text);
    await s.page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
    await s.page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
    await s.page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    await expect.poll(() => s.page.locator('h1').textContent()).toBe('Dropped atlas');
  });
});

describe('exports, language and presentation', () => {
  const s = useE2E();

  it('Download CSV saves one row per filtered activity', async () => {
    await openApp(s);
    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      s.page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const text = (await saved(download)).toString('utf8').replace(/^\uFEFF/, '');
    const ids = all.activities.map((a) => a.id);
    for (const id of ids) expect(text).toContain(id);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
  });

  it('Download PNG saves a 1920×1080 image', async () => {
    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      s.page.getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    const png = await saved(download);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, 1080]);
  });

  it('Copy link puts the current URL on the clipboard', async () => {
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(s.baseUrl).origin,
    });
    await s.page.getByRole('slider', { name: 'To year' }).focus();
    await s.page.keyboard.press('ArrowLeft');
    await s.page.getByRole('button', { name: 'Copy link' }).click();
    await expect
      .poll(() => s.page.evaluate(() => navigator.clipboard.readText()))
      .toBe(s.page.url());
    expect(s.page.url()).toContain(`to=${all.yearSpan.max - 1}`);
  });

  it('한국어 switches the interface to Korean and English switches back', async () => {
    await s.page.getByRole('button', { name: '한국어' }).click();
    expect(await s.page.locator('html').getAttribute('lang')).toBe('ko');
    expect(await s.page.locator('h1').textContent()).toBe(dataset.title.ko ?? dataset.title.en);
    await s.page.getByRole('button', { name: 'English' }).click();
    expect(await s.page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('a clicker’s PageUp and PageDown step the last year, and K plays', async () => {
    await s.page.locator('body').press('Escape');
    const to = s.page.getByRole('slider', { name: 'To year' });
    await s.page.getByRole('button', { name: 'Reset filters' }).click();
    await s.page.locator('h1').click();
    await s.page.keyboard.press('PageUp');
    await expect.poll(() => to.getAttribute('aria-valuenow')).toBe(String(all.yearSpan.max - 1));
    await s.page.keyboard.press('PageDown');
    await expect.poll(() => to.getAttribute('aria-valuenow')).toBe(String(all.yearSpan.max));
    await s.page.keyboard.press('k');
    await expect.poll(() => s.page.getByRole('button', { name: 'Pause' }).count()).toBe(1);
    await s.page.keyboard.press('k');
    await expect.poll(() => s.page.getByRole('button', { name: 'Play' }).count()).toBe(1);
  });

  it('letter shortcuts work while a checkbox has focus, and Space still toggles it', async () => {
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
