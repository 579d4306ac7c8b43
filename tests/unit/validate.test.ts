import { describe, expect, it } from 'vitest';
import { loadDatasetFile, parseDataset } from '../../src/data/load';
import type { LoadResult, Problem } from '../../src/data/types';
import { MAX_PROBLEMS, validateDataset } from '../../src/data/validate';
import fixture from '../fixtures/valid-dataset.json';

type Fixture = typeof fixture;

/** A fresh copy of the valid fixture with `change` applied. */
function variant(change: (d: Fixture) => void): Fixture {
  const d = structuredClone(fixture);
  change(d);
  return d;
}

function problemsOf(result: LoadResult): readonly Problem[] {
  return result.ok ? [] : result.problems;
}

/** The problems of a variant of the fixture. */
function problems(change: (d: Fixture) => void): readonly Problem[] {
  return problemsOf(validateDataset(variant(change)));
}

describe('validateDataset()', () => {
  it('accepts the valid fixture', () => {
    const result = validateDataset(structuredClone(fixture));
    expect(problemsOf(result)).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('fills in status "done" where it is absent and keeps it where given', () => {
    const result = validateDataset(structuredClone(fixture));
    if (!result.ok) throw new Error('fixture should be valid');
    const status = Object.fromEntries(result.dataset.activities.map((a) => [a.id, a.status]));
    expect(status['vnm-training-2018']).toBe('done');
    expect(status['uzb-kaz-export-2022']).toBe('planned');
  });

  it('drops unknown fields and keeps optional ones', () => {
    const result = validateDataset(structuredClone(fixture));
    if (!result.ok) throw new Error('fixture should be valid');
    const twn = result.dataset.activities.find((a) => a.id === 'twn-aid-2017');
    expect(twn && 'note' in twn).toBe(false);
    const training = result.dataset.activities.find((a) => a.id === 'vnm-training-2018');
    expect(training?.end).toBe('2020');
    expect(result.dataset.sources[0]?.url).toBe('https://www.mohw.go.kr/example');
  });

  it('rejects a partner that is neither a country code nor a group id', () => {
    expect(problems((d) => (d.activities[3]!.partners[0] = 'XYZ'))).toEqual([
      {
        path: 'activities[3].partners[0]',
        message: '"XYZ" is not an ISO 3166-1 alpha-3 code or a group id',
      },
    ]);
  });

  it('rejects a lower-case country code', () => {
    expect(problems((d) => (d.activities[0]!.partners[0] = 'kaz'))).toEqual([
      {
        path: 'activities[0].partners[0]',
        message: '"kaz" is not an ISO 3166-1 alpha-3 code or a group id',
      },
    ]);
  });

  it('rejects a source that is not a source id', () => {
    expect(problems((d) => (d.activities[1]!.source = 'src-x'))).toEqual([
      { path: 'activities[1].source', message: '"src-x" is not a source id' },
    ]);
  });

  it('rejects an activity with no source', () => {
    expect(problems((d) => Reflect.deleteProperty(d.activities[2]!, 'source'))).toEqual([
      { path: 'activities[2].source', message: 'is required' },
    ]);
  });

  it('rejects a source with no id, and the activities that cite it', () => {
    expect(problems((d) => Reflect.deleteProperty(d.sources[0]!, 'id'))).toEqual([
      { path: 'sources[0].id', message: 'is required' },
      { path: 'activities[0].source', message: '"src-moh-2019" is not a source id' },
      { path: 'activities[5].source', message: '"src-moh-2019" is not a source id' },
    ]);
  });

  it('rejects a sector that is not a sector id', () => {
    expect(problems((d) => (d.activities[1]!.sectors[1] = 'dental'))).toEqual([
      { path: 'activities[1].sectors[1]', message: '"dental" is not a sector id' },
    ]);
  });

  it('rejects a month that does not exist', () => {
    expect(problems((d) => (d.activities[0]!.date = '2019-13'))).toEqual([
      {
        path: 'activities[0].date',
        message: '"2019-13" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD',
      },
    ]);
  });

  it('rejects a day that does not exist and accepts 29 February of a leap year', () => {
    expect(problems((d) => (d.activities[0]!.date = '2019-02-29'))).toEqual([
      {
        path: 'activities[0].date',
        message: '"2019-02-29" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD',
      },
    ]);
    expect(problems((d) => (d.activities[0]!.date = '2020-02-29'))).toEqual([]);
  });

  it('rejects dates in other forms', () => {
    for (const date of ['19-04-2019', '2019/04', '2019-4', ' 2019', '2019-04-19T00:00']) {
      expect(problems((d) => (d.activities[0]!.date = date))).toEqual([
        {
          path: 'activities[0].date',
          message: `"${date}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD`,
        },
      ]);
    }
  });

  it('rejects an end before the start', () => {
    expect(problems((d) => (d.activities[1]!.end = '2017'))).toEqual([
      { path: 'activities[1].end', message: 'ends before it starts' },
    ]);
  });

  it('compares start and end at the coarser precision', () => {
    expect(problems((d) => (d.activities[1]!.end = '2018'))).toEqual([]);
    expect(problems((d) => (d.activities[1]!.end = '2018-03-31'))).toEqual([]);
    expect(problems((d) => (d.activities[1]!.end = '2018-02-28'))).toEqual([
      { path: 'activities[1].end', message: 'ends before it starts' },
    ]);
  });

  it('rejects a duplicate activity id', () => {
    expect(problems((d) => (d.activities[4]!.id = 'kaz-mou-2019'))).toEqual([
      { path: 'activities[4].id', message: 'duplicate id "kaz-mou-2019"' },
    ]);
  });

  it('rejects duplicate sector and source ids', () => {
    expect(problems((d) => (d.sectors[2]!.id = 'health-security'))).toContainEqual({
      path: 'sectors[2].id',
      message: 'duplicate id "health-security"',
    });
    expect(problems((d) => (d.sources[1]!.id = 'src-moh-2019'))).toContainEqual({
      path: 'sources[1].id',
      message: 'duplicate id "src-moh-2019"',
    });
  });

  it('rejects ids that are not kebab-case', () => {
    expect(problems((d) => (d.activities[0]!.id = 'Kaz_MOU'))).toEqual([
      {
        path: 'activities[0].id',
        message:
          '"Kaz_MOU" is not kebab-case (lower-case letters and digits joined by single hyphens)',
      },
    ]);
    expect(
      problems((d) => {
        d.sectors[1]!.id = 'digital--health';
        d.activities[1]!.sectors[1] = 'digital--health';
        d.activities[2]!.sectors[0] = 'digital--health';
      }),
    ).toEqual([
      {
        path: 'sectors[1].id',
        message:
          '"digital--health" is not kebab-case (lower-case letters and digits joined by single hyphens)',
      },
    ]);
  });

  it('rejects any schemaVersion but 1', () => {
    expect(problems((d) => Object.assign(d, { schemaVersion: 2 }))).toEqual([
      { path: 'schemaVersion', message: 'must be 1, not 2' },
    ]);
    expect(problems((d) => Object.assign(d, { schemaVersion: '1' }))).toEqual([
      { path: 'schemaVersion', message: 'must be 1, not "1"' },
    ]);
    expect(problems((d) => Reflect.deleteProperty(d, 'schemaVersion'))).toEqual([
      { path: 'schemaVersion', message: 'is required' },
    ]);
  });

  it('rejects an activity without a quote', () => {
    expect(problems((d) => Reflect.deleteProperty(d.activities[0]!, 'quote'))).toEqual([
      { path: 'activities[0].quote', message: 'is required' },
    ]);
  });

  it('rejects a blank quote', () => {
    expect(problems((d) => (d.activities[0]!.quote = '  '))).toEqual([
      { path: 'activities[0].quote', message: 'must not be empty' },
    ]);
  });

  it('rejects empty partner and sector lists', () => {
    expect(problems((d) => (d.activities[0]!.partners = []))).toEqual([
      { path: 'activities[0].partners', message: 'must have at least one partner' },
    ]);
    expect(problems((d) => (d.activities[0]!.sectors = []))).toEqual([
      { path: 'activities[0].sectors', message: 'must have at least one sector' },
    ]);
  });

  it('rejects a dataset without activities', () => {
    expect(problems((d) => (d.activities = []))).toEqual([
      { path: 'activities', message: 'must have at least one activity' },
    ]);
  });

  it('rejects values of the wrong type', () => {
    expect(problems((d) => Object.assign(d.activities[0]!, { quote: 42 }))).toEqual([
      { path: 'activities[0].quote', message: 'must be a string' },
    ]);
    expect(problems((d) => Object.assign(d.activities[0]!, { partners: 'KAZ' }))).toEqual([
      { path: 'activities[0].partners', message: 'must be an array' },
    ]);
    expect(problems((d) => Object.assign(d.activities[0]!, { title: 'MOU' }))).toEqual([
      { path: 'activities[0].title', message: 'must be an object' },
    ]);
    expect(problems((d) => Object.assign(d.activities[0]!.actors, { korea: [7] }))).toEqual([
      { path: 'activities[0].actors.korea[0]', message: 'must be a string' },
    ]);
    expect(problems((d) => Object.assign(d, { sectors: {} }))).toContainEqual({
      path: 'sectors',
      message: 'must be an array',
    });
  });

  it('rejects a type outside the list', () => {
    expect(problems((d) => (d.activities[0]!.type = 'visit'))).toEqual([
      {
        path: 'activities[0].type',
        message:
          '"visit" is not one of agreement, meeting, forum, training, export, project, aid, award',
      },
    ]);
  });

  it('rejects a status outside the list', () => {
    expect(problems((d) => (d.activities[0]!.status = 'cancelled'))).toEqual([
      { path: 'activities[0].status', message: '"cancelled" is not one of done, planned' },
    ]);
  });

  it('rejects a home that is not a country code', () => {
    expect(problems((d) => (d.home = 'Korea'))).toEqual([
      { path: 'home', message: '"Korea" is not an ISO 3166-1 alpha-3 code' },
    ]);
  });

  it('rejects group members that are not country codes', () => {
    expect(problems((d) => (d.groups[0]!.members[1] = 'ZZZ'))).toEqual([
      { path: 'groups[0].members[1]', message: '"ZZZ" is not an ISO 3166-1 alpha-3 code' },
    ]);
    expect(problems((d) => (d.groups[0]!.members = []))).toEqual([
      { path: 'groups[0].members', message: 'must have at least one member' },
    ]);
  });

  it('rejects a group id that is a country code', () => {
    expect(problems((d) => (d.groups[0]!.id = 'VNM'))).toContainEqual({
      path: 'groups[0].id',
      message: '"VNM" is a country code and cannot be a group id',
    });
  });

  it('rejects a source published date that is not YYYY-MM-DD', () => {
    expect(problems((d) => (d.sources[0]!.published = '2019-04'))).toEqual([
      { path: 'sources[0].published', message: '"2019-04" is not a date of the form YYYY-MM-DD' },
    ]);
  });

  it('rejects source urls that are not http(s) and files outside data/', () => {
    expect(problems((d) => (d.sources[0]!.url = 'javascript:alert(1)'))).toEqual([
      { path: 'sources[0].url', message: '"javascript:alert(1)" is not an http(s) URL' },
    ]);
    expect(problems((d) => (d.sources[1]!.file = '../secrets.txt'))).toEqual([
      { path: 'sources[1].file', message: '"../secrets.txt" is not a relative path under data/' },
    ]);
  });

  it('requires a non-empty English text in localized objects', () => {
    expect(problems((d) => Reflect.deleteProperty(d.title, 'en'))).toEqual([
      { path: 'title.en', message: 'is required' },
    ]);
    expect(problems((d) => (d.activities[0]!.title.en = ''))).toEqual([
      { path: 'activities[0].title.en', message: 'must not be empty' },
    ]);
    expect(problems((d) => Object.assign(d.sectors[0]!.label, { ko: 3 }))).toEqual([
      { path: 'sectors[0].label.ko', message: 'must be a string' },
    ]);
  });

  it('reports every problem in the file, in document order', () => {
    const found = problems((d) => {
      d.activities[0]!.partners[0] = 'XYZ';
      d.activities[5]!.date = '2017-00';
    });
    expect(found.map((p) => p.path)).toEqual(['activities[0].partners[0]', 'activities[5].date']);
  });

  it(`stops collecting at ${MAX_PROBLEMS} problems`, () => {
    const many = variant((d) => {
      const template = d.activities[0]!;
      d.activities = Array.from({ length: 80 }, (_, i) => ({
        ...template,
        id: `a-${i}`,
        partners: ['XYZ'],
      }));
    });
    const found = problemsOf(validateDataset(many));
    expect(found).toHaveLength(MAX_PROBLEMS);
    expect(found[49]).toEqual({
      path: 'activities[49].partners[0]',
      message: '"XYZ" is not an ISO 3166-1 alpha-3 code or a group id',
    });
  });

  it.each([
    ['null', null, 'The dataset must be a JSON object, not null'],
    ['an array', [], 'The dataset must be a JSON object, not an array'],
    ['a number', 42, 'The dataset must be a JSON object, not 42'],
    ['a string', 'dataset', 'The dataset must be a JSON object, not "dataset"'],
    ['undefined', undefined, 'The dataset must be a JSON object, not undefined'],
  ])('rejects %s as the whole dataset without throwing', (_, input, message) => {
    expect(validateDataset(input)).toEqual({
      ok: false,
      kind: 'invalid',
      problems: [{ path: '', message }],
    });
  });

  it('never throws on deeply wrong shapes', () => {
    const shapes: unknown[] = [
      {},
      { activities: null },
      { activities: [null, 1, 'a', [], {}] },
      { sectors: [null, { id: 3, label: [] }], groups: [{ members: [null, {}] }], sources: [[]] },
      {
        title: { en: {} },
        home: 410,
        activities: [{ partners: [null, 1], sectors: {}, actors: [] }],
      },
      { activities: [{ actors: { korea: null, partner: [{}] }, date: 2019, end: null }] },
      variant((d) => Object.assign(d, { groups: null, sources: 'x' })),
      variant((d) => Object.assign(d.activities[0]!, { date: [], end: {}, status: null })),
      Object.create(null) as unknown,
    ];
    for (const shape of shapes) {
      const result = validateDataset(shape);
      expect(result.ok).toBe(false);
      expect(problemsOf(result).length).toBeGreaterThan(0);
      for (const p of problemsOf(result)) expect(typeof p.message).toBe('string');
    }
  });
});

describe('parseDataset()', () => {
  it('parses and validates JSON text', () => {
    const result = parseDataset(JSON.stringify(fixture));
    expect(result.ok).toBe(true);
  });

  it('ignores a leading byte-order mark', () => {
    expect(parseDataset(`\uFEFF${JSON.stringify(fixture)}`).ok).toBe(true);
  });

  it('reports text that is not JSON with its own kind and message', () => {
    const result = parseDataset('{"schemaVersion": 1,');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.kind).toBe('not-json');
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.path).toBe('');
    expect(result.problems[0]?.message).toMatch(/^The file is not valid JSON: \S/);
  });

  it('reports an empty file as not JSON', () => {
    const result = parseDataset('');
    expect(!result.ok && result.kind).toBe('not-json');
  });

  it('reports JSON that breaks the rules as invalid', () => {
    const result = parseDataset('[1, 2]');
    expect(!result.ok && result.kind).toBe('invalid');
  });
});

describe('loadDatasetFile()', () => {
  it('reads a file and validates it', async () => {
    const result = await loadDatasetFile(
      new Blob([JSON.stringify(fixture)], { type: 'application/json' }),
    );
    expect(result.ok).toBe(true);
  });

  it('reports a file that is not JSON', async () => {
    const result = await loadDatasetFile(new Blob(['<html>']));
    expect(!result.ok && result.kind).toBe('not-json');
  });
});
