// Screenshots of the built app at the sizes users meet, for looking at (and the README image).
// Usage: npm run build && npx tsx scripts/screenshots.ts [outDir] [distDir]
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium';

const out = process.argv[2] ?? 'bench-results/screens';
const dist = process.argv[3] ?? 'dist';
mkdirSync(out, { recursive: true });

interface Shot {
  name: string;
  width: number;
  height: number;
  search?: string;
  /** A key to press once the map is idle. */
  after?: string;
  /** A button to click once the map is idle. */
  click?: string;
  /** Taken this many ms after navigation starts, whatever the map is doing (first paint). */
  atMs?: number;
}

const shots: Shot[] = [
  // The map area 500 ms after navigation: the prerendered SVG map, never an empty box.
  { name: 'laptop-500ms', width: 1280, height: 800, atMs: 500 },
  { name: 'projector-500ms', width: 1920, height: 1080, atMs: 500 },
  { name: 'projector', width: 1920, height: 1080 },
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'laptop-details', width: 1280, height: 800, search: '?country=KAZ' },
  { name: 'projector-details', width: 1920, height: 1080, search: '?country=PRY' },
  { name: 'laptop-ko', width: 1280, height: 800, search: '?lang=ko&country=UZB' },
  { name: 'phone', width: 390, height: 844 },
  { name: 'phone-details', width: 390, height: 844, search: '?country=KAZ' },
  { name: 'phone-interactive', width: 390, height: 844, click: 'Zoom and pan' },
  { name: 'phone-ko', width: 390, height: 844, search: '?lang=ko' },
  { name: 'present', width: 1920, height: 1080, after: 'p' },
  { name: 'notice', width: 1280, height: 800, search: '?from=abc&sectors=nope' },
];

const server = await preview({
  build: { outDir: dist },
  preview: { host: '127.0.0.1', port: 0 },
  logLevel: 'warn',
});
const base = server.resolvedUrls?.local[0] ?? '';
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const s of shots) {
    const page = await browser.newPage({ viewport: { width: s.width, height: s.height } });
    if (s.atMs !== undefined) {
      await page.goto(`${base}${s.search ?? ''}`, { waitUntil: 'commit' });
      const elapsed = await page.evaluate(() => performance.now());
      await page.waitForTimeout(Math.max(0, s.atMs - elapsed));
      await page.screenshot({ path: `${out}/${s.name}.png` });
      await page.close();
      console.log(`${out}/${s.name}.png`);
      continue;
    }
    await page.goto(`${base}${s.search ?? ''}`);
    await page.waitForSelector('[data-map-idle="true"]', { timeout: 20_000 });
    if (s.after || s.click) {
      if (s.after) await page.keyboard.press(s.after);
      if (s.click) await page.getByRole('button', { name: s.click }).click();
      await page.waitForTimeout(300);
      await page.waitForSelector('[data-map-idle="true"]', { timeout: 20_000 });
    }
    await page.waitForTimeout(700);
    await page.screenshot({ path: `${out}/${s.name}.png` });
    if (s.name === 'phone')
      await page.screenshot({ path: `${out}/${s.name}-full.png`, fullPage: true });
    await page.close();
    console.log(`${out}/${s.name}.png`);
  }
} finally {
  await browser.close();
  server.httpServer.close();
}
