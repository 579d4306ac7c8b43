import { getCountry } from '../../data/countries';
import type { Lang } from '../../data/lang';
import type { Activity, Dataset } from '../../data/types';
import { ACTIVITY_TYPE_WORDS, datasetWords } from '../../i18n/words';

export const COLUMNS = [
  'date',
  'partners',
  'title',
  'type',
  'sectors',
  'source',
  'amount',
] as const;
export type ColumnId = (typeof COLUMNS)[number];

export interface SortOrder {
  readonly column: ColumnId;
  readonly descending: boolean;
}

/** One table row in one language: the cells as shown, and the country a click opens. */
export interface TableRow {
  readonly activity: Activity;
  readonly cells: Readonly<Record<ColumnId, string>>;
  /** First partner country (a group's first member when it names no country itself). */
  readonly country: string | null;
}

/**
 * Folds text for search: no accents, lower case, NFC again so Hangul syllables stay whole
 * (`Perú` → `peru`).
 */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC').toLowerCase();
}

function bothNames(text: { en: string; ko?: string }): string {
  return text.ko ? `${text.en} ${text.ko}` : text.en;
}

const haystacks = new WeakMap<Activity, string>();

/**
 * Everything a search may match for an activity, in English and Korean at once (so either
 * language finds a row whatever the UI language): title, partner countries, groups and their
 * members, ISO codes, type, status, sectors, actors, source, date. Folded, and kept per activity.
 */
export function haystackOf(a: Activity, dataset: Dataset): string {
  const hit = haystacks.get(a);
  if (hit !== undefined) return hit;
  const parts: string[] = [a.date, bothNames(a.title), a.type, a.status];
  parts.push(ACTIVITY_TYPE_WORDS.en[a.type], ACTIVITY_TYPE_WORDS.ko[a.type]);
  for (const p of a.partners) {
    const group = dataset.groups.find((g) => g.id === p);
    const isos = group ? [...group.members] : [p];
    if (group) parts.push(group.id, bothNames(group.name));
    for (const iso3 of isos) {
      const c = getCountry(iso3);
      parts.push(iso3, c ? `${c.iso2} ${bothNames(c.name)}` : '');
    }
  }
  for (const id of a.sectors) {
    const s = dataset.sectors.find((x) => x.id === id);
    parts.push(s ? bothNames(s.label) : id);
  }
  parts.push(...a.actors.korea, ...a.actors.partner);
  const source = dataset.sources.find((s) => s.id === a.source);
  if (source) parts.push(source.title, source.publisher);
  const text = foldText(parts.join(' \u0001 '));
  haystacks.set(a, text);
  return text;
}

/** The rows of `activities` in `lang`, in the selection's order. */
export function toTableRows(
  activities: readonly Activity[],
  dataset: Dataset,
  lang: Lang,
): TableRow[] {
  const w = datasetWords(dataset, lang);
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const groups = new Map(dataset.groups.map((g) => [g.id, g]));
  return activities.map((a) => {
    const direct: string[] = [];
    const via: string[] = [];
    let country: string | null = null;
    for (const p of a.partners) {
      const g = groups.get(p);
      if (g) {
        const members = g.members.filter((m) => m !== dataset.home);
        country ??= members[0] ?? null;
        via.push(`${w.list(members.map(w.country))} (${w.via(w.text(g.name))})`);
      } else {
        country = direct.length === 0 ? p : country;
        direct.push(w.country(p));
      }
    }
    const source = sources.get(a.source);
    return {
      activity: a,
      country,
      cells: {
        date: a.end ? `${a.date} – ${a.end}` : a.date,
        partners: [...direct, ...via].join('; '),
        title: w.text(a.title),
        type:
          a.status === 'planned'
            ? `${w.activityType(a.type)} · ${w.status('planned')}`
            : w.activityType(a.type),
        sectors: w.list(a.sectors.map(w.sector)),
        source: source ? `${source.publisher}, ${source.published.slice(0, 4)}` : a.source,
        amount: a.amount ? w.amount(a.amount) : '',
      },
    };
  });
}

/** Keeps the rows whose activity matches every word of `query` (accent- and case-insensitive). */
export function searchRows(
  rows: readonly TableRow[],
  query: string,
  dataset: Dataset,
): readonly TableRow[] {
  const terms = foldText(query)
    .split(/\s+/)
    .filter((x) => x !== '');
  if (terms.length === 0) return rows;
  return rows.filter((r) => {
    const text = haystackOf(r.activity, dataset);
    return terms.every((t) => text.includes(t));
  });
}

function sortKey(row: TableRow, column: ColumnId): string | number {
  switch (column) {
    case 'date':
      return row.activity.date;
    case 'amount':
      return row.activity.amount?.value ?? -1;
    default:
      return row.cells[column];
  }
}

/**
 * The rows sorted by one column (stable: ties keep the selection's order, oldest first). Text
 * compares in the language's collation; amounts numerically, rows without one last.
 */
export function sortRows(
  rows: readonly TableRow[],
  order: SortOrder,
  lang: Lang,
): readonly TableRow[] {
  const collator = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' });
  const keyed = rows.map((row, i) => ({ row, i, key: sortKey(row, order.column) }));
  const dir = order.descending ? -1 : 1;
  keyed.sort((a, b) => {
    const c =
      typeof a.key === 'number' && typeof b.key === 'number'
        ? a.key - b.key
        : collator.compare(String(a.key), String(b.key));
    return c * dir || a.i - b.i;
  });
  return keyed.map((k) => k.row);
}
