import { writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/chromium';
import type { BenchRow } from './printTable';

const BUDGETS = { performance: 90, accessibility: 100, 'best-practices': 100 } as const;

/** Lighthouse 12 with its default (mobile) preset, on Debian's Chromium. */
export async function measureLighthouse(url: string): Promise<BenchRow[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROMIUM_ARGS,
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: Object.keys(BUDGETS),
    });
    const lhr = result?.lhr;
    // LIGHTHOUSE_JSON=path keeps the whole report (long tasks, bootup time, unused JavaScript).
    const keep = process.env.LIGHTHOUSE_JSON;
    if (keep && lhr) writeFileSync(keep, JSON.stringify(lhr));
    const categories = lhr?.categories ?? {};
    // Name what costs points, so a score under budget says where to look.
    for (const [id, cat] of Object.entries(categories)) {
      const failing = cat.auditRefs
        .filter((ref) => ref.weight > 0 && (lhr?.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => ref.id);
      if (failing.length > 0)
        console.log(`  lighthouse ${id}: below full marks on ${failing.join(', ')}`);
    }
    const metrics = [
      'first-contentful-paint',
      'largest-contentful-paint',
      'total-blocking-time',
      'cumulative-layout-shift',
      'speed-index',
    ];
    console.log(
      `  lighthouse metrics: ${metrics.map((m) => `${m} ${lhr?.audits[m]?.displayValue ?? '?'}`).join(', ')}`,
    );
    return Object.entries(BUDGETS).map(([id, budget]) => {
      const score = Math.round((categories[id]?.score ?? 0) * 100);
      return {
        figure: `Lighthouse (mobile) ${id}`,
        measured: String(score),
        budget: `≥ ${budget}`,
        ok: score >= budget,
      };
    });
  } finally {
    chrome.kill();
  }
}
