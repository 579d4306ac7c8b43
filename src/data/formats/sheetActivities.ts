import type { Problems } from '../problems';
import { show } from '../show';
import { ACTIVITY_TYPES } from '../types';
import { parseAmountText } from './amountText';
import { suggest } from './suggest';
import type { Table, TableRow } from './sheetTable';
import type { ActivityColumn } from './template';
import { kebabOf, listOf } from './workbook';
import { localized } from './sheetRefs';

type Json = Record<string, unknown>;
type Resolve = (value: string) => { ok: true; code: string } | { ok: false; message: string };

export interface ActivityResolvers {
  readonly partner: Resolve;
  readonly sector: Resolve;
  readonly source: (value: string, date: string) => string;
}

const TYPE_CANDIDATES = ACTIVITY_TYPES.map((t) => ({ key: t, label: t }));

function resolveList(
  problems: Problems,
  r: TableRow<ActivityColumn>,
  column: ActivityColumn,
  resolve: Resolve,
): string[] {
  const out: string[] = [];
  for (const item of listOf(r.text(column))) {
    const found = resolve(item);
    if (found.ok) {
      if (!out.includes(found.code)) out.push(found.code);
    } else problems.add(r.ref(column), found.message);
  }
  return out;
}

function readType(problems: Problems, r: TableRow<ActivityColumn>): string {
  const value = r.text('type').trim();
  const lower = value.toLowerCase();
  if (value === '' || ACTIVITY_TYPES.some((t) => t === lower)) return lower;
  const near = suggest(value, TYPE_CANDIDATES);
  const hint = near === undefined ? '' : ` (did you mean ${near}?)`;
  problems.add(r.ref('type'), `${show(value)} is not an activity type${hint}`);
  return lower;
}

/**
 * `amount` and `currency`: a number ≥ 0 (a cell, or text like `1,200.5` or `1 250,75`: see
 * {@link parseAmountText}) and an ISO 4217 code.
 */
function readAmount(problems: Problems, r: TableRow<ActivityColumn>): Json | undefined {
  const raw = r.raw('amount');
  const text = r.text('amount').trim();
  const currency = r.text('currency').trim().toUpperCase();
  if (text === '' && currency === '') return undefined;
  const value = typeof raw === 'number' ? raw : parseAmountText(text);
  if (text === '' || value === null || !Number.isFinite(value) || value < 0) {
    problems.add(r.ref('amount'), `${show(text)} is not an amount (a number ≥ 0)`);
    return undefined;
  }
  if (currency === '') {
    problems.add(r.ref('currency'), 'is required with an amount (ISO 4217, e.g. KRW)');
    return undefined;
  }
  return { value, currency };
}

/** An `id` made from the title, unique among `taken`. */
function idFrom(title: string, taken: Set<string>): string {
  const stem = kebabOf(title) || 'activity';
  let id = stem;
  for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
  return id;
}

/** The Activities sheet as dataset JSON activities, with the sheet row of each. */
export function readActivities(
  problems: Problems,
  table: Table<ActivityColumn>,
  resolvers: ActivityResolvers,
): { activities: Json[]; rows: number[] } {
  const activities: Json[] = [];
  const rows: number[] = [];
  const taken = new Set(table.rows.map((r) => r.text('id').trim()).filter((id) => id !== ''));
  for (const r of table.rows) {
    if (problems.full) break;
    const titleEn = r.text('title_en');
    const date = r.text('date').trim();
    let id = r.text('id').trim();
    if (id === '' && titleEn.trim() !== '') {
      id = idFrom(titleEn, taken);
      taken.add(id);
    }
    const a: Json = {
      id,
      title: localized(titleEn, r.text('title_ko')),
      type: readType(problems, r),
      status: r.text('status').trim().toLowerCase() || 'done',
      date,
      partners: resolveList(problems, r, 'partners', resolvers.partner),
      sectors: resolveList(problems, r, 'sectors', resolvers.sector),
      actors: { korea: listOf(r.text('actors_home')), partner: listOf(r.text('actors_partner')) },
      source: resolvers.source(r.text('source'), date),
      quote: r.text('quote'),
    };
    const end = r.text('end').trim();
    if (end !== '') a.end = end;
    const note = r.text('date_note');
    if (note.trim() !== '') a.dateNote = note;
    const amount = readAmount(problems, r);
    if (amount) a.amount = amount;
    activities.push(a);
    rows.push(r.row);
  }
  return { activities, rows };
}
