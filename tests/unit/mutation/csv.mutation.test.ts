import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, toCsv, type CsvWords } from '../../../src/data/csv';
import type { Activity, Dataset } from '../../../src/data/types';
import { validateDataset } from '../../../src/data/validate';
import { datasetWords } from '../../../src/i18n/words';
import fixture from '../../fixtures/valid-dataset.json';

function dataset(): Dataset {
  const result = validateDataset(structuredClone(fixture));
  if (!result.ok) throw new Error('fixture should be valid');
  return result.dataset;
}

const d = dataset();
const kazMou = d.activities.find((a) => a.id === 'kaz-mou-2019');
if (!kazMou) throw new Error('fixture should hold kaz-mou-2019');

/** The one data row of `a`, read by a real CSV parser, by column name. */
function row(a: Activity, words: CsvWords = datasetWords(d, 'en')): Record<string, string> {
  const parsed = Papa.parse<Record<string, string>>(toCsv([a], d, words), {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  const first = parsed.data[0];
  if (!first) throw new Error('no row');
  return first;
}

describe('toCsv(): cells a spreadsheet would misread', () => {
  it('prefixes a value starting with a tab or a carriage return', () => {
    const r = row({ ...kazMou, title: { en: '\tcmd' }, quote: '\r=1' });
    expect(r.title).toBe("'\tcmd");
    expect(r.quote).toBe("'\r=1");
  });

  it('quotes a value holding a carriage return alone', () => {
    const csv = toCsv([{ ...kazMou, quote: 'one\rtwo' }], d, datasetWords(d, 'en'));
    expect(csv).toContain(',"one\rtwo",');
  });

  it('leaves a quote-free value unquoted', () => {
    const csv = toCsv([kazMou], d, datasetWords(d, 'en'));
    expect(csv.split('\r\n')[1]?.startsWith('kaz-mou-2019,2019-04-19,,done,agreement,')).toBe(true);
  });
});

describe('toCsv(): amounts and sources', () => {
  it('writes the value and currency code when no money format is given', () => {
    const en = datasetWords(d, 'en');
    const words: CsvWords = {
      text: en.text,
      country: en.country,
      group: en.group,
      sector: en.sector,
    };
    const r = row({ ...kazMou, amount: { value: 2500000, currency: 'KRW' } }, words);
    expect(r.amount).toBe('2500000 KRW');
  });

  it('writes the source id when the dataset lacks the source', () => {
    const r = row({ ...kazMou, source: 'src-missing' });
    expect(r.source_title).toBe('src-missing');
    expect(r.source_publisher).toBe('');
    expect(r.source_published).toBe('');
  });

  it('starts the header with the columns in order, without a period column', () => {
    expect(toCsv([], d, datasetWords(d, 'en'))).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
    expect(CSV_COLUMNS.slice(0, 3)).toEqual(['id', 'date', 'end']);
  });
});

describe('toCsv(): lists', () => {
  it('joins sectors and actors with a semicolon and a space', () => {
    const r = row({
      ...kazMou,
      sectors: ['health-security', 'digital-health'],
      actors: { korea: ['KOICA', 'KOFIH'], partner: ['MoH', 'Akimat'] },
    });
    expect(r.sectors).toBe('Health security; Digital health');
    expect(r.korea_actors).toBe('KOICA; KOFIH');
    expect(r.partner_actors).toBe('MoH; Akimat');
  });
});
