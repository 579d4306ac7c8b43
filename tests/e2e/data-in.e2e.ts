import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/universal';
import readXlsxFile from 'read-excel-file/universal';
import { openApp, partnerNames, saved, summaryOf, useE2E, waitForMapIdle } from './session';
import { ACTIVITIES_HEADER as HEADER } from '../fixtures/activitiesHeader';

const dir = mkdtempSync(join(tmpdir(), 'atlas-data-in-'));

/**
 * Four activities, partners written every way SPEC §2 allows: ISO3 + ISO2 (`KAZ; uz`), an
 * English name, a Korean name (카자흐스탄 = Kazakhstan), ISO2 + English (`VN; Laos`). By hand:
 * 4 activities; partner countries KAZ, UZB, MNG, VNM, LAO = 5; Kazakhstan 2, the others 1 each.
 */
const ROWS = [
  [
    '',
    'Digital health forum',
    '디지털 헬스 포럼',
    'forum',
    'done',
    '2021-05',
    '',
    '',
    'KAZ; uz',
    'Digital health',
    'Ministry of Health and Welfare',
    'Ministry of Health',
    'Press release',
    'The forum was held in Almaty.',
    '',
    '',
  ],
  [
    '',
    'Hospital export',
    '',
    'export',
    'done',
    '2022',
    '',
    '',
    'Mongolia',
    'Hospitals',
    'KHIDI',
    '',
    'Press release',
    'A hospital system was exported.',
    '2500000',
    'USD',
  ],
  [
    '',
    'Nurse training',
    '간호사 연수',
    'training',
    'done',
    '2022-09-01',
    '',
    '',
    '카자흐스탄',
    'Digital health; Hospitals',
    'KOFIH',
    '',
    'Press release',
    'Nurses were trained in Seoul.',
    '',
    '',
  ],
  [
    '',
    'Vaccine aid',
    '',
    'aid',
    'planned',
    '2023',
    '',
    '',
    'VN; Laos',
    'Hospitals',
    'KOICA',
    '',
    'Press release',
    'Vaccines will be sent.',
    '',
    '',
  ],
];

async function xlsxOf(
  rows: readonly (readonly string[])[],
  extra: { sheet: string; data: string[][] }[] = [],
): Promise<Buffer> {
  const cell = (v: string) => (v === '' ? null : { value: v, type: String });
  const blob = await writeXlsxFile([
    { sheet: 'Activities', data: [HEADER, ...rows].map((r) => r.map(cell)) },
    ...extra.map((e) => ({ sheet: e.sheet, data: e.data.map((r) => r.map(cell)) })),
  ]).toBlob();
  return Buffer.from(await blob.arrayBuffer());
}

function file(name: string, content: Buffer | string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

let xlsxPath = '';
let csvPath = '';
let badPath = '';

beforeAll(async () => {
  const meta = [
    ['title_en', 'Ministry records'],
    ['title_ko', '부처 기록'],
    ['home', 'KR'],
  ];
  xlsxPath = file('data-in-ministry.xlsx', await xlsxOf(ROWS, [{ sheet: 'Dataset', data: meta }]));
  // Semicolon-separated, with a BOM, quoted cells holding the `;` lists.
  const csv = [HEADER, ...ROWS].map((r) => r.map((c) => `"${c}"`).join(';')).join('\r\n');
  csvPath = file('data-in-ministry.csv', `\uFEFF${csv}`);
  // Row 12 misspells Kazakhstan in partners (column I).
  const rows = [...Array.from({ length: 10 }, () => ROWS[0] ?? []), ROWS[1] ?? []];
  rows[10] = (ROWS[1] ?? []).map((c, i) => (i === 8 ? 'Kazakstan' : c));
  badPath = file('data-in-bad.xlsx', await xlsxOf(rows));
});

async function open(page: Page, path: string): Promise<void> {
  await page.getByLabel('Open dataset').setInputFiles(path);
}

/**
 * Gives `Open dataset` a file by its path through the DevTools protocol, as a file picker does:
 * Chromium reads it from disk itself (this machine's), so a 250 MB file is not first streamed
 * through Playwright's connection.
 */
async function openByPath(page: Page, path: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: `document.querySelector('input[type=file][aria-label="Open dataset"]')`,
  });
  if (!result.objectId) throw new Error('no Open dataset input');
  await cdp.send('DOM.setFileInputFiles', { files: [path], objectId: result.objectId });
  await cdp.detach();
}

async function expectSummary(page: Page, activities: string, partners: string): Promise<void> {
  await expect.poll(() => summaryOf(page), { timeout: 20_000 }).toContain(activities);
  expect(await summaryOf(page)).toContain(partners);
}

describe('Open dataset beyond JSON (SPEC §2)', () => {
  const s = useE2E();

  describe('opening spreadsheets', () => {
    it('opens an .xlsx with partners as ISO3, ISO2, English and Korean names', async () => {
      await openApp(s);
      await open(s.page, xlsxPath);
      await expect
        .poll(() => s.page.locator('h1').textContent(), { timeout: 20_000 })
        .toBe('Ministry records');
      await expectSummary(s.page, '4 activities', '5 partner countries');
      const names = await partnerNames(s.page);
      expect(names[0]).toMatch(/^Kazakhstan, 2 activities/);
      expect(
        names
          .slice(1)
          .map((n) => n.split(',')[0])
          .sort(),
      ).toEqual(['Laos', 'Mongolia', 'Uzbekistan', 'Vietnam']);
      await s.page
        .getByRole('list', { name: 'Partner countries' })
        .getByRole('button', { name: /^Mongolia,/ })
        .click();
      const details = s.page.getByRole('region', { name: 'Mongolia details' });
      await expect.poll(() => details.textContent()).toContain('Hospital export');
      expect(await details.textContent()).toContain('$2,500,000');
      expect(await details.textContent()).toContain('KHIDI');
    });

    it('opens a semicolon-separated .csv with a BOM', async () => {
      await openApp(s);
      await open(s.page, csvPath);
      await expect
        .poll(() => s.page.locator('h1').textContent(), { timeout: 20_000 })
        .toBe('data-in-ministry');
      await expectSummary(s.page, '4 activities', '5 partner countries');
    });

    it('names the sheet, cell and a suggestion for a misspelled country, and keeps the view', async () => {
      await openApp(s);
      const before = await summaryOf(s.page);
      const heading = await s.page.locator('h1').textContent();
      await open(s.page, badPath);
      const alert = s.page.getByRole('alert');
      await expect
        .poll(() => alert.textContent(), { timeout: 20_000 })
        .toContain('Activities!I12: "Kazakstan" is not a country (did you mean Kazakhstan?)');
      expect(await s.page.locator('h1').textContent()).toBe(heading);
      expect(await summaryOf(s.page)).toBe(before);
    });
  });

  describe('downloads', () => {
    it('downloads the template: an .xlsx with the five sheets and README', async () => {
      await openApp(s);
      const [download] = await Promise.all([
        s.page.waitForEvent('download'),
        s.page.getByRole('button', { name: 'Download template' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
      const sheets = await readXlsxFile(new Blob([new Uint8Array(await saved(download))]));
      expect(sheets.map((x) => x.sheet)).toEqual([
        'Activities',
        'Sources',
        'Sectors',
        'Groups',
        'Dataset',
        'README',
      ]);
      expect(sheets[0]?.data.length).toBe(2);
    });

    it('downloads the open dataset, which opens back to the same figures', async () => {
      await openApp(s);
      await open(s.page, xlsxPath);
      await expectSummary(s.page, '4 activities', '5 partner countries');
      const [download] = await Promise.all([
        s.page.waitForEvent('download'),
        s.page.getByRole('button', { name: 'Download dataset' }).click(),
      ]);
      const back = file('data-in-downloaded.xlsx', await saved(download));
      await s.page.getByRole('button', { name: 'Bundled dataset' }).click();
      await expect.poll(() => s.page.locator('h1').textContent()).not.toBe('Ministry records');
      await open(s.page, back);
      await expect
        .poll(() => s.page.locator('h1').textContent(), { timeout: 20_000 })
        .toBe('Ministry records');
      await expectSummary(s.page, '4 activities', '5 partner countries');
      expect((await partnerNames(s.page))[0]).toMatch(/^Kazakhstan, 2 activities/);
    });
  });

  describe('limits and cancelling', () => {
    it('refuses a file over 250 MB before reading it', async () => {
      const path = join(dir, 'data-in-huge.json');
      execFileSync('truncate', ['-s', '251M', path]);
      await openApp(s);
      const heading = await s.page.locator('h1').textContent();
      await openByPath(s.page, path);
      await expect
        .poll(() => s.page.getByRole('alert').textContent(), { timeout: 30_000 })
        .toContain('250 MB');
      expect(await s.page.locator('h1').textContent()).toBe(heading);
    });

    it('Cancel stops a slow open and keeps the view usable', async () => {
      const path = join(dir, 'data-in-slow.json');
      // 240 MB of zero bytes: seconds to read and decode in the worker before it could fail.
      execFileSync('truncate', ['-s', '240M', path]);
      await openApp(s);
      const before = await summaryOf(s.page);
      await openByPath(s.page, path);
      const bar = s.page.getByRole('progressbar', { name: 'Opening dataset' });
      await bar.waitFor();
      await s.page.getByRole('button', { name: 'Cancel' }).click();
      await bar.waitFor({ state: 'detached' });
      expect(await summaryOf(s.page)).toBe(before);
      // The cancelled file never lands: the next file opens, and no notice names the slow one.
      await open(s.page, csvPath);
      await expectSummary(s.page, '4 activities', '5 partner countries');
      expect(await s.page.getByRole('alert').count()).toBe(0);
      await waitForMapIdle(s.page);
    });
  });

  describe('IATI activity files', () => {
    const kr = fileURLToPath(
      new URL('../../../shared/iati/real/kr-gov-010_covid19_dportal-28.xml', import.meta.url),
    );

    it("opens Korea's COVID-19 activities with an Import report", async () => {
      // By hand (see tests/unit/formats/iati.test.ts): 100 activities, 11 with no recipient
      // country (region only or no geography), 89 loaded, 42 partner countries, Ethiopia 7.
      await openApp(s);
      await open(s.page, kr);
      const report = s.page.getByRole('status', { name: 'Import report' });
      await expect
        .poll(() => report.textContent(), { timeout: 20_000 })
        .toContain('89 of 100 IATI activities loaded');
      const text = (await report.textContent()) ?? '';
      expect(text).toContain('11 skipped: no recipient country');
      expect(text).toContain('KR-GOV-320-GRP_0000142871');
      // Over the map, above the timeline: Play stays in reach while the report is read.
      const [box, play] = await Promise.all([
        report.boundingBox(),
        s.page.getByRole('button', { name: 'Play' }).boundingBox(),
      ]);
      expect(box!.y + box!.height).toBeLessThanOrEqual(play!.y);
      // Nor over the map's legend (bottom left) or the panel.
      const [legend, panel] = await Promise.all([
        s.page.locator('.atlas-map__legend').boundingBox(),
        s.page.locator('aside.panel').boundingBox(),
      ]);
      expect(box!.x).toBeGreaterThanOrEqual(legend!.x + legend!.width);
      expect(box!.x + box!.width).toBeLessThanOrEqual(panel!.x);
      await expectSummary(s.page, '89 activities', '42 partner countries');
      expect((await partnerNames(s.page))[0]).toMatch(/^Ethiopia, 7 activities/);
      await s.page
        .getByRole('list', { name: 'Partner countries' })
        .getByRole('button', { name: /^Ethiopia,/ })
        .click();
      const details = s.page.getByRole('region', { name: 'Ethiopia details' });
      await expect
        .poll(() => details.textContent())
        .toContain('COVID-19 Comprehensive Rapid Response Program in Ethiopia');
      const d = (await details.textContent()) ?? '';
      expect(d).toContain('South Korea');
      expect(d).toContain('Korea International Cooperation Agency');
      expect(d).toContain('₩4,107,656,000');
      // Presenting, the report and the "Opened" notice stay off the audience's screen.
      const opened = s.page.getByRole('status').filter({ hasText: 'Opened kr-gov-010' });
      expect(await opened.count()).toBe(1);
      await s.page.keyboard.press('Escape');
      await s.page.locator('body').press('p');
      await expect.poll(() => report.count()).toBe(0);
      expect(await opened.count()).toBe(0);
      await s.page.keyboard.press('Escape');
      await expect.poll(() => report.count()).toBe(1);
    });

    it('asks for the home country when the reporter is not a country', async () => {
      const path = fileURLToPath(
        new URL('../fixtures/formats/data-in-iati-multilateral.xml', import.meta.url),
      );
      await openApp(s);
      const heading = await s.page.locator('h1').textContent();
      await openByPath(s.page, path);
      const home = s.page.getByRole('combobox', { name: 'Home country' });
      await home.waitFor({ timeout: 20_000 });
      expect(await s.page.locator('h1').textContent()).toBe(heading);
      await home.selectOption('KOR');
      await s.page.getByRole('button', { name: 'Open with this home country' }).click();
      // Two of four load: one cancelled, one undated; partners Nepal and Bangladesh (not Korea).
      await expectSummary(s.page, '2 activities', '2 partner countries');
      const report = s.page.getByRole('status', { name: 'Import report' });
      expect(await report.textContent()).toContain('1 skipped: cancelled');
    });
  });
});

describe('Open dataset: activities in any order (SPEC §2)', () => {
  const s = useE2E();

  /** A meeting with Kazakhstan on `date`, by hand. */
  const visit = (id: string, title: string, date: string) => ({
    id,
    title: { en: title },
    type: 'meeting',
    status: 'done',
    date,
    partners: ['KAZ'],
    sectors: ['health-security'],
    actors: { korea: ['KHIDI'], partner: [] },
    source: 'src-order',
    quote: `${title} took place.`,
  });

  it("lists a country's activities oldest first when the file has them newest first", async () => {
    // Sorted in the worker that reads the file; the page's index trusts that order only after checking it.
    const path = file(
      'data-in-newest-first.json',
      JSON.stringify({
        schemaVersion: 1,
        title: { en: 'Visits, newest first' },
        home: 'KOR',
        sectors: [{ id: 'health-security', label: { en: 'Health security' } }],
        groups: [],
        sources: [{ id: 'src-order', title: 'Visits', publisher: 'Test', published: '2022-01-01' }],
        activities: [
          visit('kaz-c', 'Third visit', '2021-03-01'),
          visit('kaz-a', 'First visit', '2015-06'),
          visit('kaz-b', 'Second visit', '2019'),
        ],
      }),
    );
    await openApp(s);
    await open(s.page, path);
    await expect.poll(() => summaryOf(s.page), { timeout: 20_000 }).toContain('3 activities');
    await s.page
      .getByRole('list', { name: 'Partner countries' })
      .getByRole('button', { name: /^Kazakhstan,/ })
      .click();
    const details = s.page.getByRole('region', { name: 'Kazakhstan details' });
    const text = (await details.textContent()) ?? '';
    const at = ['First visit', 'Second visit', 'Third visit'].map((t) => text.indexOf(t));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(await s.page.getByRole('progressbar', { name: 'Opening dataset' }).count()).toBe(0);
  });
});
