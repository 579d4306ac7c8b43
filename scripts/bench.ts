import os from 'node:os';
import { measureDataLayer } from './bench/dataLayer';
import { printTable } from './bench/printTable';

const cpus = os.cpus();
console.log('Cooperation Atlas budgets (SPEC §5)');
console.log(`date:    ${new Date().toISOString()}`);
console.log(
  `machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${os.platform()} ${os.release()}`,
);
console.log(`node:    ${process.version}`);
console.log('');

const rows = [...measureDataLayer()];
console.log(printTable(rows));
const over = rows.filter((r) => !r.ok);
console.log('');
console.log(
  over.length === 0
    ? 'Every figure is within budget.'
    : `Over budget: ${over.map((r) => r.figure).join('; ')}`,
);
