import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { activitiesOfPeriods, comparePeriods } from '../../src/data/compare';
import { CSV_COLUMNS, toCsv } from '../../src/data/csv';
import { NO_FILTERS } from '../../src/data/filters';
import type { Activity, Dataset } from '../../src/data/types';
import { validateDataset } from '../../src/data/validate';
import { datasetWords } from '../../src/i18n/words';
import fixture from '../fixtures/valid-dataset.json';

function dataset(): Dataset {
  const result = validateDataset(structuredClone(fixture));
  if (!result.ok) throw new Error('fixture should be valid');
  return result.dataset;
}

function activity(id: string): Activity {
  const found = dataset().activities.find((a) => a.id === id);
  if (!found) throw new Error(`no activity ${id}`);
  return found;
}

/** A minimal RFC 4180 reader, to check that what toCsv writes reads back. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

function column(
  rows: string[][],
  row: number,
  name: (typeof CSV_COLUMNS)[number],
): string | undefined {
  return rows[row]?.[CSV_COLUMNS.indexOf(name)];
}

describe('toCsv()', () => {
  it('writes a header row and one row per activity, each ending in CRLF', () => {
    const d = dataset();
    const csv = toCsv(d.activities, d, datasetWords(d, 'en'));
    expect(csv.startsWith(`${CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(readCsv(csv)).toHaveLength(d.activities.length + 1);
  });

  it('writes only the header for no activities', () => {
    expect(toCsv([], dataset(), datasetWords(dataset(), 'en'))).toBe(
      `${CSV_COLUMNS.join(',')}\r\n`,
    );
  });

  it('fills every column of an activity', () => {
    const rows = readCsv(
      toCsv([activity('kaz-mou-2019')], dataset(), datasetWords(dataset(), 'en')),
    );
    expect(rows[1]).toEqual([
      'kaz-mou-2019',
      '2019-04-19',
      '',
      'done',
      'agreement',
      'Health MOU with Kazakhstan',
      'Kazakhstan',
      'Health security',
      'Ministry of Health and Welfare',
      'Ministry of Healthcare of Kazakhstan',
      'Korea and Kazakhstan sign health MOU',
      'Ministry of Health and Welfare',
      '2019-04-20',
      'The two ministers signed a memorandum of understanding on health cooperation.',
      '',
    ]);
  });

  it('writes an amount in its currency', () => {
    const d = dataset();
    const a = { ...activity('kaz-mou-2019'), amount: { value: 2500000, currency: 'USD' } };
    expect(column(readCsv(toCsv([a], d, datasetWords(d, 'en'))), 1, 'amount')).toBe('$2,500,000');
  });

  it('names a group with its member countries', () => {
    const rows = readCsv(
      toCsv([activity('vnm-asean-meeting-2020')], dataset(), datasetWords(dataset(), 'en')),
    );
    expect(column(rows, 1, 'partners')).toBe(
      'Vietnam; ASEAN (Brunei, Cambodia, Indonesia, Laos, Malaysia, Myanmar, Philippines, Singapore, Thailand, Vietnam)',
    );
  });

  it('uses Korean names and labels, falling back to English', () => {
    const rows = readCsv(
      toCsv(
        [activity('kaz-mou-2019'), activity('uzb-kaz-export-2022')],
        dataset(),
        datasetWords(dataset(), 'ko'),
      ),
    );
    expect(column(rows, 1, 'title')).toBe('카자흐스탄 보건 MOU');
    expect(column(rows, 1, 'partners')).toBe('카자흐스탄');
    expect(column(rows, 1, 'sectors')).toBe('보건안보');
    expect(column(rows, 2, 'title')).toBe('Medicine exports to Uzbekistan and Kazakhstan');
    expect(column(rows, 2, 'sectors')).toBe('Pharmaceuticals');
  });

  it('quotes cells with commas, quotes and line breaks, doubling quotes', () => {
    const base = activity('kaz-mou-2019');
    const tricky: Activity = {
      ...base,
      title: { en: 'Health, care' },
      quote: 'He said "yes"\nand left.\r\nThen: done',
    };
    const csv = toCsv([tricky], dataset(), datasetWords(dataset(), 'en'));
    expect(csv).toContain(',"Health, care",');
    expect(csv).toContain('"He said ""yes""\nand left.\r\nThen: done",\r\n');
    const rows = readCsv(csv);
    expect(column(rows, 1, 'title')).toBe('Health, care');
    expect(column(rows, 1, 'quote')).toBe('He said "yes"\nand left.\r\nThen: done');
  });

  it('guards against formula injection by prefixing a quote character', () => {
    const base = activity('kaz-mou-2019');
    const evil: Activity = {
      ...base,
      title: { en: '=HYPERLINK("http://x","y")' },
      quote: '+1+1',
      actors: { korea: ['-2'], partner: ['@SUM(A1)'] },
    };
    const rows = readCsv(toCsv([evil], dataset(), datasetWords(dataset(), 'en')));
    expect(column(rows, 1, 'title')).toBe(`'=HYPERLINK("http://x","y")`);
    expect(column(rows, 1, 'quote')).toBe("'+1+1");
    expect(column(rows, 1, 'korea_actors')).toBe("'-2");
    expect(column(rows, 1, 'partner_actors')).toBe("'@SUM(A1)");
  });

  it('leaves harmless text unprefixed', () => {
    const rows = readCsv(
      toCsv([activity('vnm-training-2018')], dataset(), datasetWords(dataset(), 'en')),
    );
    expect(column(rows, 1, 'date')).toBe('2018-03');
    expect(column(rows, 1, 'end')).toBe('2020');
    expect(column(rows, 1, 'partner_actors')).toBe('');
  });
});

describe('toCsv() of a comparison', () => {
  it('holds both periods’ activities by date, each with the period it falls in', () => {
    const ds = dataset();
    const comparison = comparePeriods(
      ds,
      { ...NO_FILTERS, from: 2020, to: 2022 },
      { from: 2017, to: 2019 },
    );
    const { activities, periodOf } = activitiesOfPeriods(comparison);
    const csv = toCsv(activities, ds, datasetWords(ds, 'en'), periodOf);
    // Read with a real CSV parser, as a spreadsheet user's tools would.
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((r) => [r.id, r.period])).toEqual([
      ['twn-aid-2017', 'A'],
      ['vnm-training-2018', 'A; B'],
      ['kaz-mou-2019', 'A'],
      ['asean-forum-2020', 'B'],
      ['vnm-asean-meeting-2020', 'B'],
      ['uzb-kaz-export-2022', 'B'],
    ]);
  });
});
