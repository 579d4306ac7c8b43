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
  'amount',
] as const;

/**
 * How the CSV names things in the reader's language: `src/i18n`'s `datasetWords` provides it
 * (the data layer writes no words of its own).
 */
export interface CsvWords {
  readonly text: (text: Localized) => string;
  readonly country: (iso3: string) => string;
  readonly group: (id: string) => string;
  readonly sector: (id: string) => string;
  /** Money in its currency's format (`$2,500,000`); without it, `2500000 USD`. */
  readonly amount?: (amount: { readonly value: number; readonly currency: string }) => string;
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
 * The activities as RFC 4180 CSV (CRLF line ends, a header row), names and labels in `words`.
 * Partners are country names; a group is named with its members in brackets. Lists are joined
 * with `; `. With `periodOf` (comparing two periods), a first `period` column says which period
 * each activity falls in. Callers saving a file for spreadsheets may prepend a byte-order mark.
 */
export function toCsv(
  activities: readonly Activity[],
  dataset: Dataset,
  words: CsvWords,
  periodOf?: (activity: Activity) => string,
): string {
  const groups = new Map(dataset.groups.map((g) => [g.id, g]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const partnerName = (code: string): string => {
    const g = groups.get(code);
    return g
      ? `${words.group(g.id)} (${g.members.map(words.country).join(', ')})`
      : words.country(code);
  };
  const rows = activities.map((a) => {
    const source = sources.get(a.source);
    const row: Record<(typeof CSV_COLUMNS)[number], string> = {
      id: a.id,
      date: a.date,
      end: a.end ?? '',
      status: a.status,
      type: a.type,
      title: words.text(a.title),
      partners: a.partners.map(partnerName).join('; '),
      sectors: a.sectors.map(words.sector).join('; '),
      korea_actors: a.actors.korea.join('; '),
      partner_actors: a.actors.partner.join('; '),
      source_title: source?.title ?? a.source,
      source_publisher: source?.publisher ?? '',
      source_published: source?.published ?? '',
      quote: a.quote,
      amount: !a.amount
        ? ''
        : words.amount
          ? words.amount(a.amount)
          : `${a.amount.value} ${a.amount.currency}`,
    };
    const cells = CSV_COLUMNS.map((c) => cell(row[c]));
    return (periodOf ? [cell(periodOf(a)), ...cells] : cells).join(',');
  });
  const header = periodOf ? ['period', ...CSV_COLUMNS] : CSV_COLUMNS;
  return [header.join(','), ...rows].map((line) => `${line}\r\n`).join('');
}
