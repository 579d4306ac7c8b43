import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { measureBrowser } from './bench/browserFigures';
import { buildBare } from './bench/buildBare';
import { measureBundle } from './bench/bundleSize';
import { measureCompareChange } from './bench/compareChange';
import { measureDataLayer } from './bench/dataLayer';
import { measureLighthouse } from './bench/lighthouseScores';
import { measureOpenDataset } from './bench/openDataset';
import { benchRuns } from './bench/only';
import { printTable, type BenchRow } from './bench/printTable';
import { measureTableScroll } from './bench/tableScroll';

const cpus = os.cpus();
console.log('Cooperation Atlas budgets (SPEC §7)');
console.log(`date:    ${new Date().toISOString()}`);
console.log(
  `machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${os.platform()} ${os.release()}`,
);
console.log(`node:    ${process.version}`);
console.log('');

// A build directory of its own, so a bench never serves (or removes) another run's build.
const outDir = mkdtempSync(join('node_modules', '.atlas-bench-'));
try {
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const bundle = benchRuns('bundle') ? measureBundle(outDir) : [];
  await buildBare(outDir);

  // The browser figures first: the data-layer figures leave this process with hundreds of MB of
  // garbage, whose collection would compete with the browser for this machine's two cores.
  const browserRows: BenchRow[] = [];
  const server = await preview({
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0 },
    logLevel: 'warn',
  });
  try {
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('vite preview did not report a URL');
    if (benchRuns('load') || benchRuns('filter'))
      browserRows.push(...(await measureBrowser(url, outDir)));
    if (benchRuns('compare')) browserRows.push(...(await measureCompareChange(url, outDir)));
    if (benchRuns('open')) browserRows.push(...(await measureOpenDataset(url, outDir)));
    if (benchRuns('table')) browserRows.push(...(await measureTableScroll(url, outDir)));
    if (benchRuns('lighthouse')) browserRows.push(...(await measureLighthouse(url)));
  } finally {
    server.httpServer.close();
  }

  const data = benchRuns('data') ? measureDataLayer() : [];
  const rows: BenchRow[] = [...data, ...bundle, ...browserRows];

  console.log('');
  console.log(printTable(rows));
  const over = rows.filter((r) => !r.ok);
  console.log('');
  console.log(
    over.length === 0
      ? 'Every figure is within budget.'
      : `Over budget: ${over.map((r) => r.figure).join('; ')}`,
  );
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
