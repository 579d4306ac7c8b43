import type { Lang } from '../data/lang';

type Precision = 'year' | 'month' | 'day';

const OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { timeZone: 'UTC', year: 'numeric' },
  month: { timeZone: 'UTC', year: 'numeric', month: 'long' },
  day: { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' },
};

const LOCALES: Record<Lang, string> = { en: 'en-GB', ko: 'ko-KR' };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(lang: Lang, precision: Precision): Intl.DateTimeFormat {
  const key = `${lang}:${precision}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[lang], OPTIONS[precision]);
    formatters.set(key, f);
  }
  return f;
}

/**
 * Formats a dataset date at exactly the precision it was given: `2019` → `2019`,
 * `2019-04` → `April 2019`, `2019-04-19` → `19 April 2019` (Korean `2019년 4월 19일`).
 * A string that is not such a date is returned unchanged. Always in UTC, so the reader's time
 * zone never moves a date across a day or year.
 */
export function formatDate(date: string, lang: Lang): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  const precision: Precision = d ? 'day' : mo ? 'month' : 'year';
  const when = new Date(0);
  when.setUTCFullYear(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1);
  if (Number.isNaN(when.getTime())) return date;
  return formatterFor(lang, precision).format(when);
}
