import { describe, expect, it } from 'vitest';
import { Problems } from '../../../src/data/problems';
import { escapeCell, readCsv, unescapeCell } from '../../../src/data/formats/csvSheet';
import { readTable } from '../../../src/data/formats/sheetTable';
import {
  cellRef,
  cellText,
  columnLetter,
  kebabOf,
  listOf,
} from '../../../src/data/formats/workbook';

describe('columnLetter() and cellRef()', () => {
  it('names columns as a spreadsheet does', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
    expect(cellRef('Activities', 8, 12)).toBe('Activities!I12');
  });
});

describe('cellText()', () => {
  it('writes each kind of cell as text', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(undefined)).toBe('');
    expect(cellText(' KAZ ')).toBe(' KAZ ');
    expect(cellText(2019)).toBe('2019');
    expect(cellText(2.5)).toBe('2.5');
    expect(cellText(true)).toBe('true');
  });

  it('writes a date as YYYY-MM-DD in UTC, padding each part', () => {
    expect(cellText(new Date(Date.UTC(2020, 2, 5)))).toBe('2020-03-05');
    expect(cellText(new Date(Date.UTC(2019, 11, 31, 23, 30)))).toBe('2019-12-31');
    const early = new Date(Date.UTC(2000, 0, 1));
    early.setUTCFullYear(987);
    expect(cellText(early)).toBe('0987-01-01');
    expect(cellText(new Date(Number.NaN))).toBe('');
  });
});

describe('listOf() and kebabOf()', () => {
  it('splits a list on semicolons, trimming and dropping empty items', () => {
    expect(listOf(' KAZ ; UZB;;  ; VNM ')).toEqual(['KAZ', 'UZB', 'VNM']);
    expect(listOf('')).toEqual([]);
  });

  it('makes kebab-case ids of free text', () => {
    expect(kebabOf('Korea–Laos Forum 2019')).toBe('korea-laos-forum-2019');
    expect(kebabOf('  Côte d’Ivoire: Health!  ')).toBe('cote-d-ivoire-health');
    expect(kebabOf('보건')).toBe('');
  });
});

describe('escapeCell() and unescapeCell()', () => {
  it('prefixes text a spreadsheet would run, and only that', () => {
    for (const s of ['=1+2', '+1', '-2', '@SUM(A1)', '\tx', '\rx'])
      expect(escapeCell(s), JSON.stringify(s)).toBe(`'${s}`);
    for (const s of ['1-2', 'a=b', '', "it's"]) expect(escapeCell(s)).toBe(s);
  });

  it('escapes a written quote before a formula start, so it reads back exactly', () => {
    expect(escapeCell("'=x")).toBe("''=x");
    expect(escapeCell("''")).toBe("'''");
    expect(escapeCell("'plain")).toBe("'plain");
    for (const s of ['=1+2', "'=x", "''", "'plain", '-2', 'a'])
      expect(unescapeCell(escapeCell(s))).toBe(s);
  });
});

describe('readCsv()', () => {
  it('reads comma or semicolon separated text, with or without a BOM, skipping empty lines', async () => {
    const comma = await readCsv('\uFEFFid,title\r\nkaz-1,"Health, care"\r\n\r\n  \r\n');
    expect(comma).toEqual([
      {
        name: 'Activities',
        rows: [
          ['id', 'title'],
          ['kaz-1', 'Health, care'],
        ],
      },
    ]);
    const semi = await readCsv("id;title\nkaz-1;'=1+2\n");
    expect(semi[0]?.rows).toEqual([
      ['id', 'title'],
      ['kaz-1', '=1+2'],
    ]);
  });
});

describe('readTable()', () => {
  const sheet = {
    name: 'Activities',
    rows: [
      [' ID ', 'Title', 'notes'],
      ['kaz-1', 'Forum', null],
      [null, '  ', ''],
      ['uzb-2', 2019, 'x'],
    ],
  };

  it('finds columns by name in any case and spacing, skipping empty rows', () => {
    const p = new Problems();
    const t = readTable(p, sheet, ['id', 'title', 'date'], ['id']);
    expect(p.list).toEqual([]);
    expect([...t.columnOf]).toEqual([
      ['id', 0],
      ['title', 1],
    ]);
    expect(t.rows.map((r) => [r.row, r.text('id'), r.text('title'), r.text('date')])).toEqual([
      [2, 'kaz-1', 'Forum', ''],
      [4, 'uzb-2', '2019', ''],
    ]);
    expect(t.rows[1]?.raw('title')).toBe(2019);
    expect(t.rows[1]?.raw('date')).toBeUndefined();
    expect(t.rows[1]?.ref('title')).toBe('Activities!B4');
    expect(t.rows[1]?.ref('date')).toBe('Activities!4');
  });

  it('names each missing required column', () => {
    const p = new Problems();
    readTable(p, sheet, ['id', 'title', 'date', 'partners'], ['date', 'id', 'partners']);
    expect(p.list).toEqual([
      { path: 'Activities!1', message: 'has no column "date" in its first row' },
      { path: 'Activities!1', message: 'has no column "partners" in its first row' },
    ]);
  });

  it('reads a sheet with no rows as no columns and no rows', () => {
    const p = new Problems();
    const t = readTable(p, { name: 'Sources', rows: [] }, ['id'], []);
    expect(t).toEqual({ sheet: 'Sources', columnOf: new Map(), rows: [] });
  });
});
