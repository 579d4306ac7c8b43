import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetFromSheets } from '../../../src/data/formats/sheetsToDataset';
import { datasetToSheets, TEMPLATE_EXAMPLE } from '../../../src/data/formats/datasetToSheets';
import { readXlsx, writeXlsx } from '../../../src/data/formats/xlsx';
import type { Cell, SheetRows } from '../../../src/data/formats/workbook';
import { validateDataset } from '../../../src/data/validate';
import type { Dataset, LoadResult } from '../../../src/data/types';
import { ACTIVITIES_HEADER as HEADER } from '../../fixtures/activitiesHeader';

/** An Activities sheet: the header, then `rows` (cells A…P). */
function activities(...rows: Cell[][]): SheetRows {
  return { name: 'Activities', rows: [HEADER, ...rows] };
}

function row(partners: string, extra: Partial<Record<string, Cell>> = {}): Cell[] {
  const base: Record<string, Cell> = {
    title_en: 'Health forum',
    type: 'forum',
    date: '2021-04',
    partners,
    sectors: 'Digital health',
    source: 'MOHW press release',
    quote: 'The two ministers met.',
    ...extra,
  };
  return HEADER.map((h) => base[h] ?? null);
}

function ok(result: LoadResult): Dataset {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dataset;
}

describe('reading the spreadsheet template', () => {
  it('reads partners as ISO3, ISO2, English and Korean names, `;`-separated', () => {
    const d = ok(datasetFromSheets([activities(row('KAZ; uz; Mongolia ;라오스'))], 'mine.xlsx'));
    expect(d.activities[0]?.partners).toEqual(['KAZ', 'UZB', 'MNG', 'LAO']);
  });

  it('derives id, sectors, sources, title and home when sheets and cells are missing', () => {
    const d = ok(
      datasetFromSheets(
        [
          activities(
            row('KAZ'),
            row('UZB', { date: '2022', sectors: 'Digital health; Hospitals' }),
          ),
        ],
        'Ministry records.xlsx',
      ),
    );
    expect(d.home).toBe('KOR');
    expect(d.title).toEqual({ en: 'Ministry records' });
    expect(d.activities.map((a) => a.id)).toEqual(['health-forum', 'health-forum-2']);
    expect(d.sectors).toEqual([
      { id: 'digital-health', label: { en: 'Digital health' } },
      { id: 'hospitals', label: { en: 'Hospitals' } },
    ]);
    expect(d.sources).toEqual([
      {
        id: 'mohw-press-release',
        title: 'MOHW press release',
        publisher: 'MOHW press release',
        published: '2022-01-01',
      },
    ]);
    expect(d.activities[1]?.status).toBe('done');
  });

  it('names sheet, cell and reason, with a suggestion for a near miss', () => {
    const rows = Array.from({ length: 10 }, () => row('KAZ'));
    const result = datasetFromSheets(
      [activities(...rows, row('Kazakstan'), row('UZB', { type: 'Forun', date: '2021-13' }))],
      'x.xlsx',
    );
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems).toEqual([
      {
        path: 'Activities!I12',
        message: '"Kazakstan" is not a country (did you mean Kazakhstan?)',
      },
      { path: 'Activities!D13', message: '"Forun" is not an activity type (did you mean forum?)' },
    ]);
  });

  it('maps dataset validation problems back to their cells', () => {
    const result = datasetFromSheets(
      [activities(row('KAZ'), row('UZB', { date: '2021-13' }))],
      'x.xlsx',
    );
    expect(result.ok ? [] : result.problems).toEqual([
      {
        path: 'Activities!F3',
        message: '"2021-13" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD',
      },
    ]);
  });

  it('suggests a sector of the Sectors sheet and a Korean name for a Korean near miss', () => {
    const sectors: SheetRows = {
      name: 'Sectors',
      rows: [
        ['id', 'label_en', 'label_ko'],
        ['digital-health', 'Digital health', '디지털 헬스'],
      ],
    };
    const result = datasetFromSheets(
      [activities(row('카자흐스탄', { sectors: 'Digital helth' }), row('카자흐스')), sectors],
      'x.xlsx',
    );
    expect(result.ok ? [] : result.problems).toEqual([
      {
        path: 'Activities!J2',
        message:
          '"Digital helth" is not a sector of the Sectors sheet (did you mean Digital health?)',
      },
      { path: 'Activities!I3', message: '"카자흐스" is not a country (did you mean 카자흐스탄?)' },
    ]);
  });

  it('says which required column is missing', () => {
    const result = datasetFromSheets(
      [{ name: 'Activities', rows: [HEADER.filter((h) => h !== 'quote'), ['x']] }],
      'x.xlsx',
    );
    expect(result.ok ? [] : result.problems[0]).toEqual({
      path: 'Activities!1',
      message: 'has no column "quote" in its first row',
    });
  });

  it('reads the Dataset sheet: title and home by name', () => {
    const meta: SheetRows = {
      name: 'Dataset',
      rows: [
        ['title_en', 'Canada health'],
        ['title_ko', '캐나다'],
        ['home', 'Canada'],
      ],
    };
    const d = ok(datasetFromSheets([activities(row('KAZ')), meta], 'x.xlsx'));
    expect(d.title).toEqual({ en: 'Canada health', ko: '캐나다' });
    expect(d.home).toBe('CAN');
  });
});

describe('xlsx round trip', () => {
  it('writes the template with five sheets and README, and it opens to the example', async () => {
    const blob = await writeXlsx(datasetToSheets(TEMPLATE_EXAMPLE, true));
    const sheets = await readXlsx(blob);
    expect(sheets.map((s) => s.name)).toEqual([
      'Activities',
      'Sources',
      'Sectors',
      'Groups',
      'Dataset',
      'README',
    ]);
    expect(sheets[0]?.rows[1]?.[8]).toBe('KAZ');
    expect(ok(datasetFromSheets(sheets, 'template.xlsx'))).toEqual(TEMPLATE_EXAMPLE);
  });

  it('gives back the bundled dataset exactly', async () => {
    const bundled = ok(
      validateDataset(JSON.parse(readFileSync('data/cooperation.json', 'utf8')) as unknown),
    );
    const sheets = await readXlsx(await writeXlsx(datasetToSheets(bundled)));
    expect(ok(datasetFromSheets(sheets, 'x.xlsx'))).toEqual(bundled);
  });
});
