import { describe, expect, it } from 'vitest';
import { datasetFromSheets } from '../../../src/data/formats/sheetsToDataset';
import type { Cell, SheetRows } from '../../../src/data/formats/workbook';
import type { LoadResult } from '../../../src/data/types';

const HEADER = ['title_en', 'type', 'date', 'partners', 'sectors', 'source', 'quote'];

function activities(...rows: Cell[][]): SheetRows {
  return { name: 'Activities', rows: [HEADER, ...rows] };
}

const FORUM: Cell[] = [
  'Health forum',
  'forum',
  '2021-04',
  'KAZ',
  'Digital health',
  'MOHW press release',
  'The two ministers met.',
];

function problems(result: LoadResult): { path: string; message: string }[] {
  return result.ok ? [] : result.problems.map((p) => ({ path: p.path, message: p.message }));
}

describe('datasetFromSheets(): where problems point', () => {
  it('names the sheets it found when the Activities sheet is missing', () => {
    const r = datasetFromSheets(
      [
        { name: 'Sources', rows: [] },
        { name: 'Notes', rows: [] },
      ],
      'briefing.xlsx',
    );
    expect(r).toEqual({
      ok: false,
      kind: 'invalid',
      problems: [
        { path: 'briefing.xlsx', message: 'has no Activities sheet (sheets: Sources, Notes)' },
      ],
    });
  });

  it('points a problem of the whole activity list at the Activities sheet', () => {
    const r = datasetFromSheets([activities()], 'empty.xlsx');
    expect(r.ok).toBe(false);
    expect(problems(r).map((p) => p.path)).toEqual(['Activities']);
  });

  it('points a problem of the title at its cell of the Dataset sheet', () => {
    const dataset = {
      name: 'Dataset',
      rows: [
        ['home', 'KOR'],
        ['title_en', 'x'.repeat(5000)],
      ],
    };
    const r = datasetFromSheets([activities(FORUM), dataset], 'long.xlsx');
    expect(r.ok).toBe(false);
    expect(problems(r).map((p) => p.path)).toEqual(['Dataset!B2']);
  });

  it('points a problem of a title from the file name at the Dataset sheet', () => {
    const r = datasetFromSheets([activities(FORUM)], `${'y'.repeat(5000)}.xlsx`);
    expect(r.ok).toBe(false);
    expect(problems(r).map((p) => p.path)).toEqual(['Dataset']);
  });

  it('titles a dataset without a Dataset sheet by its file name, without the extension', () => {
    const r = datasetFromSheets([activities(FORUM)], 'Central Asia 2021.xlsx');
    expect(r.ok && r.dataset.title).toEqual({ en: 'Central Asia 2021' });
    expect(r.ok && r.dataset.home).toBe('KOR');
  });
});
