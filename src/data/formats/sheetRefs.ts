import type { Problems } from '../problems';
import { show } from '../show';
import { isPartialDate } from '../dateForms';
import type { Iso3 } from '../types';
import { countryCode, resolveCountry } from './countryLookup';
import { fold, suggest } from './suggest';
import type { Table } from './sheetTable';
import type { GroupColumn, SectorColumn, SourceColumn } from './template';
import { kebabOf, listOf } from './workbook';

type Json = Record<string, unknown>;

/** `{en, ko?}` from two cells, `ko` left out when empty. */
export function localized(en: string, ko: string): Json {
  return ko.trim() === '' ? { en } : { en, ko };
}

/**
 * The Groups sheet as dataset JSON, and how partners name its groups: `exact` by id as written,
 * `loose` by id or English name with case and accents folded.
 */
export function readGroups(problems: Problems, table: Table<GroupColumn> | undefined) {
  const groups: Json[] = [];
  const ids = new Set<string>();
  const byFolded = new Map<string, string>();
  for (const r of table?.rows ?? []) {
    const id = r.text('id').trim();
    const members: Iso3[] = [];
    for (const m of listOf(r.text('members'))) {
      const found = resolveCountry(m);
      if (found.ok) members.push(found.code);
      else problems.add(r.ref('members'), found.message);
    }
    groups.push({ id, name: localized(r.text('name_en'), r.text('name_ko')), members });
    if (id === '') continue;
    ids.add(id);
    if (!byFolded.has(fold(id))) byFolded.set(fold(id), id);
    if (!byFolded.has(fold(r.text('name_en')))) byFolded.set(fold(r.text('name_en')), id);
  }
  return {
    groups,
    exact: (value: string) => (ids.has(value) ? value : undefined),
    loose: (value: string) => byFolded.get(fold(value)),
  };
}

/**
 * A partner cell item: a group by its exact id, else a country (ISO3, ISO2, English or Korean
 * name), else a group by its name; the reason when it is none of these.
 */
export function partnerResolver(groups: {
  exact: (v: string) => string | undefined;
  loose: (v: string) => string | undefined;
}) {
  return (value: string): { ok: true; code: string } | { ok: false; message: string } => {
    const group = groups.exact(value);
    if (group !== undefined) return { ok: true, code: group };
    const country = countryCode(value);
    if (country !== undefined) return { ok: true, code: country };
    const named = groups.loose(value);
    return named !== undefined ? { ok: true, code: named } : resolveCountry(value);
  };
}

/**
 * Sectors: from the Sectors sheet (a value is an id or an English label), or, without that sheet,
 * made from the values used (id = kebab-case of the value, label = the value).
 */
export function sectorResolver(table: Table<SectorColumn> | undefined) {
  const sectors: Json[] = [];
  const ids = new Set<string>();
  const byLabel = new Map<string, string>();
  const candidates: { key: string; label: string }[] = [];
  for (const r of table?.rows ?? []) {
    const id = r.text('id').trim();
    const en = r.text('label_en');
    sectors.push({ id, label: localized(en, r.text('label_ko')) });
    ids.add(id);
    if (!byLabel.has(fold(en))) byLabel.set(fold(en), id);
    candidates.push({ key: fold(id), label: id }, { key: fold(en), label: en });
  }
  const derived = table === undefined;
  const resolve = (value: string): { ok: true; code: string } | { ok: false; message: string } => {
    const known = ids.has(value) ? value : byLabel.get(fold(value));
    if (known !== undefined) return { ok: true, code: known };
    if (derived) {
      const id = kebabOf(value) || 'sector';
      if (!ids.has(id)) sectors.push({ id, label: { en: value } });
      ids.add(id);
      byLabel.set(fold(value), id);
      return { ok: true, code: id };
    }
    const near = suggest(value, candidates);
    const hint = near === undefined ? '' : ` (did you mean ${near}?)`;
    return { ok: false, message: `${show(value)} is not a sector of the Sectors sheet${hint}` };
  };
  return { sectors, resolve };
}

/**
 * Sources: from the Sources sheet, or, without it, one per `source` value used (title and
 * publisher = the value, published = the latest date of the activities citing it).
 */
export function sourceResolver(table: Table<SourceColumn> | undefined) {
  const sources: Json[] = [];
  for (const r of table?.rows ?? []) {
    const source: Json = {
      id: r.text('id').trim(),
      title: r.text('title'),
      publisher: r.text('publisher'),
      published: r.text('published').trim(),
    };
    for (const key of ['url', 'kind', 'file'] as const) {
      const v = r.text(key).trim();
      if (v !== '') source[key] = v;
    }
    sources.push(source);
  }
  const derived = new Map<string, { id: string; value: string; latest: string }>();
  /** The source id an activity cites, given its `source` cell and its date. */
  const resolve = (value: string, date: string): string => {
    if (table !== undefined) return value.trim();
    const key = value.trim();
    let d = derived.get(key);
    if (!d) {
      d = { id: kebabOf(key) || 'source', value: key, latest: '' };
      derived.set(key, d);
    }
    if (isPartialDate(date) && date > d.latest) d.latest = date;
    return d.id;
  };
  const all = (): Json[] => {
    if (table !== undefined) return sources;
    return [...derived.values()].map((d) => ({
      id: d.id,
      title: d.value,
      publisher: d.value,
      published: fullDate(d.latest),
    }));
  };
  return { resolve, all };
}

/** `2019` → `2019-01-01`, `2019-04` → `2019-04-01`. */
function fullDate(partial: string): string {
  if (/^\d{4}$/.test(partial)) return `${partial}-01-01`;
  if (/^\d{4}-\d{2}$/.test(partial)) return `${partial}-01`;
  return partial;
}

/** The Dataset sheet's home (ISO3, ISO2 or name) with its reason when it is no country. */
export function homeOf(value: string): { ok: true; code: string } | { ok: false; message: string } {
  if (value.trim() === '') return { ok: true, code: 'KOR' };
  const code = countryCode(value);
  return code === undefined ? resolveCountry(value) : { ok: true, code };
}
