import { describe, expect, it } from 'vitest';
import { datasetToSheets, TEMPLATE_EXAMPLE } from '../../../src/data/formats/datasetToSheets';

describe('datasetToSheets(): the README sheet', () => {
  it('is left out unless asked for', () => {
    expect(datasetToSheets(TEMPLATE_EXAMPLE).map((s) => s.name)).toEqual([
      'Activities',
      'Sources',
      'Sectors',
      'Groups',
      'Dataset',
    ]);
  });

  it('explains each column in English and Korean, under a header row', () => {
    const readme = datasetToSheets(TEMPLATE_EXAMPLE, true).find((s) => s.name === 'README');
    expect(readme?.rows[0]).toEqual(['sheet', 'column', 'English', '한국어']);
    expect(readme?.rows).toContainEqual([
      'Activities',
      'title_ko',
      'Title in Korean (optional).',
      '한국어 제목(선택).',
    ]);
    expect(readme?.rows.every((r) => r.length === 4)).toBe(true);
    expect(readme?.rows.filter((r) => r[0] === 'Sources').map((r) => r[1])).toEqual([
      'id',
      'title',
      'publisher',
      'published',
      'url',
      'kind',
      'file',
    ]);
  });
});
