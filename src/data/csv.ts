import type { Lang } from '../i18n/lang';
import { getCountry } from './countries';
import type { Activity, Dataset, Localized } from './types';

/** Column headers, in order. */
export const CSV_COLUMNS = [
  'id',
  'date',
  'end',
  'status',
  'type',
  'title',
  'partners',
  'sectors',
  'korea_actors',
  'partner_actors',
  'source_title',
  'source_publisher',
  'source_published',
  'quote',
] as const;

function pick(text: Localized, lang: Lang): string {
  return lang === 'ko' ? (text.ko ?? text.en) : text.en;
}

/**
 * One CSV cell: a value a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`,
 * tab or carriage return) gets a leading `'`; a value with a comma, quote or line break is quoted,
 * its quotes doubled (RFC 4180).
 */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * The activities as RFC 4180 CSV (CRLF line ends, a header row), names and labels in `lang`.
 * Partners are country names; a group is named with its members in brackets. Lists are joined
 * with `; `. Callers saving a file for spreadsheets may prepend a byte-order mark.
 */
export function toCsv(activities: readonly Activity[], dataset: Dataset, lang: Lang): string {
  const groups = new Map(dataset.groups.map((g) => [g.id, g]));
  const sectors = new Map(dataset.sectors.map((s) => [s.id, s]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const countryName = (iso3: string): string => {
    const c = getCountry(iso3);
    return c ? pick(c.name, lang) : iso3;
  };
  const partnerName = (code: string): string => {
    const g = groups.get(code);
    return g
      ? `${pick(g.name, lang)} (${g.members.map(countryName).join(', ')})`
      : countryName(code);
  };
  const rows = activities.map((a) => {
    const source = sources.get(a.source);
    const row: Record<(typeof CSV_COLUMNS)[number], string> = {
      id: a.id,
      date: a.date,
      end: a.end ?? '',
      status: a.status,
      type: a.type,
      title: pick(a.title, lang),
      partners: a.partners.map(partnerName).join('; '),
      sectors: a.sectors
        .map((id) => {
          const s = sectors.get(id);
          return s ? pick(s.label, lang) : id;
        })
        .join('; '),
      korea_actors: a.actors.korea.join('; '),
      partner_actors: a.actors.partner.join('; '),
      source_title: source?.title ?? a.source,
      source_publisher: source?.publisher ?? '',
      source_published: source?.published ?? '',
      quote: a.quote,
    };
    return CSV_COLUMNS.map((c) => cell(row[c])).join(',');
  });
  return [CSV_COLUMNS.join(','), ...rows].map((line) => `${line}\r\n`).join('');
}
