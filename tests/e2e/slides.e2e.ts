import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { pngColours, saved } from './session';

// The slide deck of a three-scene briefing, read back from the .pptx file itself (unzipped, its
// XML parsed) and converted by LibreOffice headless, as a user's office suite would read it.

const baseUrl = inject('baseUrl');
let browser: Browser;
let context: BrowserContext | undefined;
const SLOW = 300_000;

beforeAll(async () => {
  browser = await chromium.connect(inject('wsEndpoint'));
});
afterEach(async () => {
  await context?.close();
  context = undefined;
});
afterAll(async () => {
  await browser.close();
});

const BRIEFING = JSON.stringify({
  format: 'cooperation-atlas-scenes',
  version: 1,
  scenes: [
    {
      id: 's1',
      title: 'Whole reach in 2019',
      notes: 'Open with the map.',
      view: '?to=2019',
      camera: null,
    },
    {
      id: 's2',
      title: 'Digital health since 2020',
      notes: 'Two activities only.',
      view: '?from=2020&sectors=digital-health',
      camera: null,
    },
    {
      id: 's3',
      title: '우즈베키스탄',
      notes: '타슈켄트 포럼부터',
      view: '?country=UZB&lang=ko',
      camera: null,
    },
  ],
});

async function freshPage(): Promise<Page> {
  context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
  });
  await context.addInitScript({
    content: `if (!localStorage.getItem('cooperation-atlas.scenes')) localStorage.setItem('cooperation-atlas.scenes', ${JSON.stringify(BRIEFING)});`,
  });
  const page = await context.newPage();
  await page.goto(baseUrl);
  await page.waitForSelector('[data-map-idle="true"]', { timeout: 90_000 });
  return page;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): [number, number] {
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

/** Every `a:t` text run in a parsed slide, in document order. */
function texts(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(texts);
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([k, v]) =>
    k === 'a:t' ? (Array.isArray(v) ? v.map(String) : [String(v)]) : texts(v),
  );
}

describe('Download slides', () => {
  it(
    'a three-scene briefing gives five slides: pictures 1920×1080, notes with sources',
    async () => {
      const page = await freshPage();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 180_000 }),
        page.getByRole('button', { name: 'Download slides' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(
        /^cooperation-atlas-briefing-\d{4}-\d{2}-\d{2}\.pptx$/,
      );
      const dir = mkdtempSync(join(tmpdir(), 'atlas-pptx-'));
      const file = join(dir, 'deck.pptx');
      writeFileSync(file, await saved(download));
      // The presenter's view comes back after the deck is made.
      await expect
        .poll(() => page.getByRole('status', { name: 'Summary' }).textContent())
        .toContain('41 activities');
      expect(new URL(page.url()).search).toBe('');

      const out = join(dir, 'x');
      execFileSync('unzip', ['-q', file, '-d', out]);
      const slides = readdirSync(join(out, 'ppt/slides')).filter((f) => f.endsWith('.xml'));
      expect(slides.sort()).toEqual([
        'slide1.xml',
        'slide2.xml',
        'slide3.xml',
        'slide4.xml',
        'slide5.xml',
      ]);
      const slide = (n: number): unknown =>
        xml.parse(readFileSync(join(out, `ppt/slides/slide${n}.xml`), 'utf8'));
      expect(texts(slide(1)).join(' ')).toContain("South Korea's healthcare cooperation");
      expect(texts(slide(1)).join(' ')).toContain('2019–2024');
      expect(texts(slide(2))).toContain('Whole reach in 2019');
      expect(texts(slide(4))).toContain('우즈베키스탄');
      expect(texts(slide(5))[0]).toBe('Sources');
      expect(texts(slide(5)).join(' ')).toContain('Ministry of Health and Welfare, 2019-04-23');

      for (const n of [2, 3, 4]) {
        const rels = readFileSync(join(out, `ppt/slides/_rels/slide${n}.xml.rels`), 'utf8');
        const media = /Target="\.\.\/media\/([^"]+\.png)"/.exec(rels)?.[1];
        expect(media, `slide ${n} has a picture`).toBeDefined();
        expect(pngSize(readFileSync(join(out, 'ppt/media', media ?? '')))).toEqual([1920, 1080]);
        const notesRel = /Target="\.\.\/notesSlides\/([^"]+)"/.exec(rels)?.[1];
        expect(notesRel, `slide ${n} has notes`).toBeDefined();
        const notes = texts(
          xml.parse(readFileSync(join(out, 'ppt/notesSlides', notesRel ?? ''), 'utf8')),
        ).join('\n');
        expect(notes).toContain(
          ['Open with the map.', 'Two activities only.', '타슈켄트 포럼부터'][n - 2],
        );
        // Each activity in view with its source: the Uzbekistan forum of 2019 in the first and the
        // (Korean) last scene, the ASEAN digital health activities (one 2022 source) in the second.
        if (n === 2) expect(notes).toContain('Korea-Uzbekistan Healthcare Policy Forum');
        if (n === 2) expect(notes).toContain('Ministry of Health and Welfare, 2019-04-23');
        if (n === 3) expect(notes).toContain('Ministry of Health and Welfare, 2022-11-29');
      }
      // The Korean slide asks for a face with Hangul.
      expect(readFileSync(join(out, 'ppt/slides/slide4.xml'), 'utf8')).toContain(
        'typeface="Malgun Gothic"',
      );

      if (existsSync('/usr/bin/soffice')) {
        execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, file], {
          timeout: 180_000,
          stdio: 'ignore',
        });
        const info = execFileSync('pdfinfo', [join(dir, 'deck.pdf')], { encoding: 'utf8' });
        expect(/Pages:\s+(\d+)/.exec(info)?.[1]).toBe('5');
      }
    },
    SLOW,
  );
});

describe('charts as SVG, and print', () => {
  it(
    'each chart downloads as a standalone SVG holding its marks and labels',
    async () => {
      const page = await freshPage();
      const dir = mkdtempSync(join(tmpdir(), 'atlas-svg-'));
      for (const name of ['Activities per year', 'Activities by sector', 'Activities by partner']) {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: `Download ${name} as SVG` }).click(),
        ]);
        const text = (await saved(download)).toString('utf8');
        writeFileSync(join(dir, download.suggestedFilename()), text);
        const doc: unknown = xml.parse(text);
        const svg: unknown =
          typeof doc === 'object' && doc !== null && 'svg' in doc ? doc.svg : null;
        expect(svg).toMatchObject({ '@xmlns': 'http://www.w3.org/2000/svg', title: name });
        expect(text).toMatch(/font-family:'?Pretendard/);
        expect(text).not.toContain('var(--');
        expect(text).toContain("Source: South Korea's healthcare cooperation");
        expect((text.match(/<rect/g) ?? []).length).toBeGreaterThan(3);
        if (name === 'Activities per year') expect(text).toContain('>2019</text>');
        if (name === 'Activities by partner') expect(text).toContain('Turkmenistan');
      }
    },
    SLOW,
  );

  it(
    'printing gives one landscape page with the map picture, filters and sources',
    async () => {
      const page = await freshPage();
      await page.goto(`${baseUrl}?from=2019&to=2022`);
      await page.waitForSelector('[data-map-idle="true"]', { timeout: 90_000 });
      // On screen the sheet stays empty however long the map has been idle: no picture of the map
      // (a long task under software WebGL), no summary, no sources.
      await page.waitForTimeout(1500);
      const sheet = page.locator('.print-sheet');
      expect(await sheet.innerHTML()).toBe('');
      // page.pdf() prints as Ctrl+P does: beforeprint, the page laid out for paper, afterprint.
      const pdf = await page.pdf({ landscape: true, format: 'A4', printBackground: true });
      await expect.poll(() => sheet.innerHTML()).toBe('');
      const dir = mkdtempSync(join(tmpdir(), 'atlas-print-'));
      const file = join(dir, 'print.pdf');
      writeFileSync(file, pdf);
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      expect(/Pages:\s+(\d+)/.exec(info)?.[1]).toBe('1');
      const words = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(
        /\s+/g,
        ' ',
      );
      expect(words).toContain('Year range: 2019–2022');
      expect(words).toContain('Ministry of Health and Welfare, 2019-04-23');
      expect(words).not.toContain('Compare periods');
      // Map labels only in the picture (as pixels), not over it where the screen placed them.
      expect(words).not.toContain('Kazakhstan 10');
      // The page at 96 dpi: the map's picture lies 10 mm (margin) + 12 mm (title) from the top,
      // 110 mm high. Its upper half, above the legend, shows land; the WebGL canvas alone prints
      // blank (sea-coloured ground, labels).
      execFileSync('pdftoppm', ['-png', '-r', '96', '-singlefile', file, join(dir, 'page')]);
      const paper = readFileSync(join(dir, 'page.png'));
      const box = { x: 40, y: 85, width: 1040, height: 200 };
      const map = await pngColours(page, paper, { step: 7, box, near: '#dcdcd7' });
      expect(map.distinct).toBeGreaterThan(80);
      expect(map.near).toBeGreaterThan(0.2 * box.width * box.height);
    },
    SLOW,
  );
});
