// Run by dates.test.ts in a child process whose TZ is set before anything loads, so the
// formatters are created in that zone (in-process, they are cached before TZ could change).
import { formatDate } from '../../../src/i18n/formatDate';

process.stdout.write(
  JSON.stringify([
    formatDate('2020-01-01', 'en'),
    formatDate('2019-12', 'en'),
    formatDate('2019', 'en'),
    formatDate('2020-01-01', 'ko'),
  ]),
);
