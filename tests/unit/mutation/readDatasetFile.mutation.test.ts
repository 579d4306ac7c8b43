import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetToSheets } from '../../../src/data/formats/datasetToSheets';
import { MAX_FILE_BYTES } from '../../../src/data/formats/limits';
import { writeXlsx } from '../../../src/data/formats/xlsx';
import { parseDataset } from '../../../src/data/load';
import { readDatasetFile } from '../../../src/data/worker/readDatasetFile';

/*
 * What the worker answers for each kind of file `Open dataset` is given (SPEC §2), and the
 * progress it tells on the way: the file's own bytes, read in Node.
 */

const fixture = (path: string) =>
  readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8');
const VALID_TEXT = fixture('valid-dataset.json');

/** Opens `file`, returning the outcome and every progress fraction told. */
async function open(file: File, home?: 'KOR') {
  const told: number[] = [];
  const outcome = await readDatasetFile(home ? { file, home } : { file }, (f) => told.push(f));
  return { outcome, told };
}

/** A file-like object whose size and stream are what `chunks` say, so odd files can be made. */
function odd(name: string, size: number, chunks: readonly (Uint8Array | Error)[]): File {
  return {
    name,
    size,
    stream: () => {
      let i = 0;
      return {
        getReader: () => ({
          read: () => {
            const chunk = chunks[i++];
            if (chunk instanceof Error) return Promise.reject(chunk);
            return Promise.resolve(chunk ? { done: false, value: chunk } : { done: true });
          },
        }),
      };
    },
  } as unknown as File;
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe('readDatasetFile()', () => {
  it('loads a valid JSON dataset, telling progress up to 60 % while reading, then 95 %', async () => {
    const { outcome, told } = await open(new File([VALID_TEXT], 'cooperation.json'));
    expect(outcome.kind).toBe('loaded');
    if (outcome.kind === 'loaded') {
      expect(outcome.dataset.activities.length).toBeGreaterThan(0);
      expect(outcome).not.toHaveProperty('report');
    }
    expect(told.at(-2)).toBe(0.6);
    expect(told.at(-1)).toBe(0.95);
    expect(told).toEqual([...told].sort((a, b) => a - b));
  });

  it('tells the reading progress chunk by chunk, as a share of 60 %', async () => {
    const file = odd('d.json', 8, [bytes('{"a"'), bytes(':1}'), bytes(' ')]);
    const { told } = await open(file);
    expect(told.slice(0, 3)).toEqual([(0.6 * 4) / 8, (0.6 * 7) / 8, 0.6]);
  });

  it('reads a file of an unknown extension as JSON', async () => {
    const { outcome } = await open(new File([VALID_TEXT], 'cooperation.backup'));
    expect(outcome.kind).toBe('loaded');
  });

  it('refuses a file over the size limit without reading it', async () => {
    const size = MAX_FILE_BYTES + 1;
    const file = odd('huge.json', size, [new Error('must not be read')]);
    expect(await open(file)).toEqual({ outcome: { kind: 'too-large', size }, told: [] });
  });

  it('says why a file could not be read', async () => {
    const failing = odd('d.json', 10, [bytes('{"a"'), new Error('The disk went away')]);
    expect((await open(failing)).outcome).toEqual({
      kind: 'unreadable',
      detail: 'The disk went away',
    });
  });

  it('reads what the file holds when that is less or more than its size said', async () => {
    const data = bytes(VALID_TEXT);
    const shorter = odd('d.json', data.length + 500, [data.subarray(0, 40), data.subarray(40)]);
    const longer = odd('d.json', data.length, [data, bytes('garbage')]);
    expect((await open(shorter)).outcome.kind).toBe('loaded');
    expect((await open(longer)).outcome.kind).toBe('loaded');
  });

  it('answers not-json with the parser’s words, and invalid with the problems', async () => {
    const notJson = await open(new File(['{"title": '], 'd.json'));
    expect(notJson.outcome.kind).toBe('not-json');
    expect(notJson.outcome.kind === 'not-json' ? notJson.outcome.detail : '').toMatch(
      /^The file is not valid JSON: /,
    );
    const invalid = await open(new File(['{"schemaVersion": 2}'], 'd.json'));
    expect(invalid.outcome.kind).toBe('invalid');
    expect(invalid.outcome.kind === 'invalid' ? invalid.outcome.problems[0] : undefined).toEqual({
      path: 'schemaVersion',
      message: 'must be 1, not 2',
    });
  });

  it('reads IATI XML with the home country given, and says where XML is broken', async () => {
    const xml = fixture('formats/data-in-iati-multilateral.xml');
    const asked = await open(new File([xml], 'UNDP.XML'));
    expect(asked.outcome).toEqual({ kind: 'need-home', reportingOrg: 'XM-DAC-41114' });
    const withHome = await open(new File([xml], 'undp.xml'), 'KOR');
    expect(withHome.outcome.kind).toBe('loaded');
    if (withHome.outcome.kind === 'loaded') {
      expect(withHome.outcome.dataset.home).toBe('KOR');
      expect(withHome.outcome.dataset.sources[0]?.title).toBe('IATI activity file undp.xml');
      expect(withHome.outcome.report?.loaded).toBe(2);
    }
    const broken = await open(new File(['<a><b></a>'], 'x.xml'));
    expect(broken.outcome.kind).toBe('unreadable');
  });

  it('reads a CSV Activities sheet, telling 80 % once the sheet is read', async () => {
    const csv =
      'id,title_en,title_ko,type,status,date,end,date_note,partners,sectors,actors_home,actors_partner,source,quote,amount,currency\n' +
      'forum-1,Health forum,,forum,,2021-04,,,KAZ,Digital health,,,MOHW press release,The two ministers met.,,\n';
    const { outcome, told } = await open(new File([csv], 'records.csv'));
    expect(outcome.kind).toBe('loaded');
    if (outcome.kind === 'loaded') {
      expect(outcome.dataset.title).toEqual({ en: 'records' });
      expect(outcome.dataset.activities.map((a) => [a.id, a.partners])).toEqual([
        ['forum-1', ['KAZ']],
      ]);
    }
    expect(told.slice(-3)).toEqual([0.6, 0.8, 0.95]);
    const bad = await open(new File([csv.replace('KAZ', 'Atlantis')], 'records.csv'));
    expect(bad.outcome.kind).toBe('invalid');
    expect(bad.outcome.kind === 'invalid' ? bad.outcome.problems[0]?.path : '').toBe(
      'Activities!I2',
    );
  });

  it('gives back the dataset written as .xlsx, and calls a broken .xlsx unreadable', async () => {
    const parsed = parseDataset(VALID_TEXT);
    if (!parsed.ok) throw new Error('the fixture is valid');
    const { dataset } = parsed;
    const blob = await writeXlsx(datasetToSheets(dataset));
    const { outcome } = await open(new File([blob], 'atlas.xlsx'));
    expect(outcome).toEqual({ kind: 'loaded', dataset });
    const broken = await open(new File(['not a zip at all'], 'atlas.xlsx'));
    expect(broken.outcome.kind).toBe('unreadable');
    expect(broken.outcome.kind === 'unreadable' ? broken.outcome.detail : '').not.toBe('');
  });
});
