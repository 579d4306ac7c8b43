import { Problems } from '../problems';
import type { LoadResult, Problem } from '../types';
import { validateDataset } from '../validate';
import { readActivities } from './sheetActivities';
import {
  homeOf,
  localized,
  partnerResolver,
  readGroups,
  sectorResolver,
  sourceResolver,
} from './sheetRefs';
import { readTable, type Table } from './sheetTable';
import {
  ACTIVITY_COLUMNS,
  type ActivityColumn,
  GROUP_COLUMNS,
  SECTOR_COLUMNS,
  SHEETS,
  SOURCE_COLUMNS,
} from './template';
import { cellRef, cellText, type SheetRows } from './workbook';

type Json = Record<string, unknown>;

const REQUIRED_ACTIVITY: readonly ActivityColumn[] = [
  'title_en',
  'type',
  'date',
  'partners',
  'sectors',
  'source',
  'quote',
];

/** Which sheet column holds each JSON field of a list's items. */
const FIELD_COLUMNS: Record<string, Record<string, string>> = {
  activities: {
    id: 'id',
    title: 'title_en',
    'title.en': 'title_en',
    'title.ko': 'title_ko',
    type: 'type',
    status: 'status',
    date: 'date',
    end: 'end',
    dateNote: 'date_note',
    partners: 'partners',
    sectors: 'sectors',
    actors: 'actors_home',
    'actors.korea': 'actors_home',
    'actors.partner': 'actors_partner',
    source: 'source',
    quote: 'quote',
    amount: 'amount',
    'amount.value': 'amount',
    'amount.currency': 'currency',
  },
  sources: {
    id: 'id',
    title: 'title',
    publisher: 'publisher',
    published: 'published',
    url: 'url',
    kind: 'kind',
    file: 'file',
  },
  sectors: { id: 'id', label: 'label_en', 'label.en': 'label_en', 'label.ko': 'label_ko' },
  groups: {
    id: 'id',
    name: 'name_en',
    'name.en': 'name_en',
    'name.ko': 'name_ko',
    members: 'members',
  },
};

interface ListPlace {
  readonly sheet: string;
  readonly rows: readonly number[];
  readonly columnOf: ReadonlyMap<string, number>;
}

function findSheet(sheets: readonly SheetRows[], name: string): SheetRows | undefined {
  return sheets.find((s) => s.name.trim().toLowerCase() === name.toLowerCase());
}

/** Key (column A) → [value (column B), row] of the Dataset sheet. */
function datasetRows(sheet: SheetRows | undefined): Map<string, readonly [string, number]> {
  const out = new Map<string, readonly [string, number]>();
  sheet?.rows.forEach((cells, i) => {
    out.set(cellText(cells[0]).trim().toLowerCase(), [cellText(cells[1]), i + 1]);
  });
  return out;
}

/**
 * Reads the template's sheets (SPEC §2) into a dataset and validates it. Every problem names its
 * sheet and cell (`Activities!I12: "Kazakstan" is not a country (did you mean Kazakhstan?)`),
 * including those the dataset validation finds. `fileName` titles a dataset with no Dataset sheet.
 */
export function datasetFromSheets(sheets: readonly SheetRows[], fileName: string): LoadResult {
  const problems = new Problems();
  const activitySheet = findSheet(sheets, SHEETS.activities);
  if (!activitySheet) {
    const message = `has no ${SHEETS.activities} sheet (sheets: ${sheets.map((s) => s.name).join(', ')})`;
    return { ok: false, kind: 'invalid', problems: [{ path: fileName, message }] };
  }
  const optional = <C extends string>(name: string, columns: readonly C[]) => {
    const s = findSheet(sheets, name);
    return s ? readTable(problems, s, columns, ['id' as C]) : undefined;
  };
  const groupTable = optional(SHEETS.groups, GROUP_COLUMNS);
  const sectorTable = optional(SHEETS.sectors, SECTOR_COLUMNS);
  const sourceTable = optional(SHEETS.sources, SOURCE_COLUMNS);
  const activityTable = readTable(problems, activitySheet, ACTIVITY_COLUMNS, REQUIRED_ACTIVITY);
  const groupRefs = readGroups(problems, groupTable);
  const sectors = sectorResolver(sectorTable);
  const sources = sourceResolver(sourceTable);
  const { activities, rows } = readActivities(problems, activityTable, {
    partner: partnerResolver(groupRefs),
    sector: sectors.resolve,
    source: sources.resolve,
  });

  const meta = datasetRows(findSheet(sheets, SHEETS.dataset));
  const home = homeOf(meta.get('home')?.[0] ?? '');
  if (!home.ok) problems.add(cellRef(SHEETS.dataset, 1, meta.get('home')?.[1] ?? 1), home.message);
  const stem = fileName.replace(/\.[^.]*$/, '');
  const titleEn = meta.get('title_en')?.[0] ?? '';
  const json: Json = {
    schemaVersion: 1,
    title: localized(titleEn.trim() === '' ? stem : titleEn, meta.get('title_ko')?.[0] ?? ''),
    home: home.ok ? home.code : 'KOR',
    sectors: sectors.sectors,
    groups: groupRefs.groups,
    sources: sources.all(),
    activities,
  };
  if (problems.found > 0) return { ok: false, kind: 'invalid', problems: problems.list };
  const result = validateDataset(json);
  if (result.ok) return result;
  const place = <C extends string>(sheet: string, t: Table<C> | undefined, at?: number[]) => ({
    sheet,
    rows: at ?? t?.rows.map((r) => r.row) ?? [],
    columnOf: new Map<string, number>(t?.columnOf ?? []),
  });
  const places: Record<string, ListPlace> = {
    activities: place(activityTable.sheet, activityTable, rows),
    sources: place(SHEETS.sources, sourceTable),
    sectors: place(SHEETS.sectors, sectorTable),
    groups: place(SHEETS.groups, groupTable),
  };
  return { ...result, problems: result.problems.map((p) => toCell(p, places, meta)) };
}

/** Rewrites a dataset JSON path (`activities[3].partners[0]`) as its sheet cell. */
function toCell(
  problem: Problem,
  places: Record<string, ListPlace>,
  meta: Map<string, readonly [string, number]>,
): Problem {
  const m = /^(\w+)\[(\d+)\](?:\.([\w.]+?))?(?:\[\d+\])?$/.exec(problem.path);
  if (m) {
    const [, list = '', index = '0', field = ''] = m;
    const place = places[list];
    const row = place?.rows[Number(index)];
    if (place && row !== undefined) {
      const columnName =
        FIELD_COLUMNS[list]?.[field] ?? FIELD_COLUMNS[list]?.[field.split('.')[0] ?? ''];
      const column = columnName === undefined ? undefined : place.columnOf.get(columnName);
      const path =
        column === undefined ? `${place.sheet}!${row}` : cellRef(place.sheet, column, row);
      return { path, message: problem.message };
    }
  }
  const top = /^(title|home)(?:\.(en|ko))?$/.exec(problem.path);
  if (top) {
    const key = top[1] === 'home' ? 'home' : `title_${top[2] ?? 'en'}`;
    const row = meta.get(key)?.[1];
    return {
      path: row === undefined ? SHEETS.dataset : cellRef(SHEETS.dataset, 1, row),
      message: problem.message,
    };
  }
  const list = /^(\w+)/.exec(problem.path)?.[1] ?? '';
  return { path: places[list]?.sheet ?? problem.path, message: problem.message };
}
