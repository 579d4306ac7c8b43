import { describe, expect, it } from 'vitest';
import type { LoadResult, Problem } from '../../src/data/types';
import { parseDataset } from '../../src/data/load';
import { validateDataset } from '../../src/data/validate';
import fixture from '../fixtures/valid-dataset.json';

type Fixture = typeof fixture;

function problemsOf(result: LoadResult): readonly Problem[] {
  return result.ok ? [] : result.problems;
}

/** The problems of the valid fixture with `change` applied. */
function problems(change: (d: Fixture) => void): readonly Problem[] {
  const d = structuredClone(fixture);
  change(d);
  return problemsOf(validateDataset(d));
}

/** The message the alert shows for each kind of wrong value, as a user reads it. */
describe('validation messages', () => {
  it('names a missing object, list or choice as required', () => {
    expect(
      problems((d) => {
        Reflect.deleteProperty(d.activities[0]!, 'actors');
        Reflect.deleteProperty(d.activities[0]!, 'partners');
        Reflect.deleteProperty(d.activities[0]!, 'type');
        Reflect.deleteProperty(d.groups[0]!, 'name');
      }),
    ).toEqual([
      { path: 'groups[0].name', message: 'is required' },
      { path: 'activities[0].type', message: 'is required' },
      { path: 'activities[0].partners', message: 'is required' },
      { path: 'activities[0].actors', message: 'is required' },
    ]);
  });

  it('lists the choices when a type or status is not a string', () => {
    expect(problems((d) => Object.assign(d.activities[0]!, { type: 3, status: true }))).toEqual([
      {
        path: 'activities[0].type',
        message: 'must be one of agreement, meeting, forum, training, export, project, aid, award',
      },
      { path: 'activities[0].status', message: 'must be one of done, planned' },
    ]);
  });

  it('shows the offending value: a number, true, null, an array, an object', () => {
    expect(problems((d) => Object.assign(d, { schemaVersion: true }))).toEqual([
      { path: 'schemaVersion', message: 'must be 1, not true' },
    ]);
    expect(problems((d) => Object.assign(d, { schemaVersion: null }))).toEqual([
      { path: 'schemaVersion', message: 'must be 1, not null' },
    ]);
    expect(problems((d) => Object.assign(d, { schemaVersion: [1] }))).toEqual([
      { path: 'schemaVersion', message: 'must be 1, not an array' },
    ]);
    expect(problems((d) => Object.assign(d, { schemaVersion: { v: 1 } }))).toEqual([
      { path: 'schemaVersion', message: 'must be 1, not an object' },
    ]);
    expect(problems((d) => Object.assign(d, { schemaVersion: 1.5 }))).toEqual([
      { path: 'schemaVersion', message: 'must be 1, not 1.5' },
    ]);
  });

  it('refuses an item of a list that is not an object, and goes on to the next', () => {
    expect(
      problems((d) => {
        Object.assign(d, { sectors: [...d.sectors, 'pharma'] });
        Object.assign(d, { activities: [7, ...d.activities] });
      }),
    ).toEqual([
      { path: 'sectors[3]', message: 'must be an object' },
      { path: 'activities[0]', message: 'must be an object' },
    ]);
  });

  it('requires the four lists and says which is not a list', () => {
    const asean = '"ASEAN" is not an ISO 3166-1 alpha-3 code or a group id';
    expect(
      problems((d) => {
        Reflect.deleteProperty(d, 'groups');
        Object.assign(d, { sources: 'none' });
      }),
    ).toEqual([
      { path: 'groups', message: 'is required' },
      { path: 'sources', message: 'must be an array' },
      // Without the lists, no group or source id is known: each activity naming one says so.
      { path: 'activities[0].source', message: '"src-moh-2019" is not a source id' },
      { path: 'activities[1].source', message: '"src-khidi-2022" is not a source id' },
      { path: 'activities[2].partners[0]', message: asean },
      { path: 'activities[2].source', message: '"src-khidi-2022" is not a source id' },
      { path: 'activities[3].partners[1]', message: asean },
      { path: 'activities[3].source', message: '"src-khidi-2022" is not a source id' },
      { path: 'activities[4].source', message: '"src-khidi-2022" is not a source id' },
      { path: 'activities[5].source', message: '"src-moh-2019" is not a source id' },
    ]);
  });

  it('refuses blank names and partner lists with non-strings', () => {
    expect(
      problems((d) => {
        d.activities[1]!.actors.korea[0] = ' ';
        Object.assign(d.activities[2]!, { partners: ['ASEAN', 42] });
        d.activities[3]!.source = '';
      }),
    ).toEqual([
      { path: 'activities[1].actors.korea[0]', message: 'must not be empty' },
      { path: 'activities[2].partners[1]', message: 'must be a string' },
      { path: 'activities[3].source', message: 'must not be empty' },
    ]);
  });

  it('reports a blank group id once, not again at each activity that names it', () => {
    expect(
      problems((d) => {
        d.groups[0]!.id = ' ';
        d.activities[2]!.partners[0] = ' ';
        d.activities[3]!.partners = ['VNM'];
      }),
    ).toEqual([{ path: 'groups[0].id', message: 'must not be empty' }]);
  });

  it('keeps the optional fields the details and exports show', () => {
    const d = structuredClone(fixture);
    Object.assign(d.sources[1]!, { kind: 'agency', url: 'http://www.khidi.or.kr/report' });
    Object.assign(d.activities[0]!, {
      end: '2021',
      dateNote: 'Year of the signing ceremony',
      amount: { value: 1_500_000, currency: 'USD' },
    });
    const result = validateDataset(d);
    if (!result.ok) throw new Error('should be valid');
    expect(result.dataset.sources[1]).toEqual({
      id: 'src-khidi-2022',
      title: 'Annual report on health industry cooperation',
      publisher: 'KHIDI',
      published: '2022-12-01',
      file: 'sources/001_088217d406fa0dbd.txt',
      url: 'http://www.khidi.or.kr/report',
      kind: 'agency',
    });
    expect(result.dataset.activities[0]).toMatchObject({
      end: '2021',
      dateNote: 'Year of the signing ceremony',
      amount: { value: 1_500_000, currency: 'USD' },
    });
  });

  it('does not call two ids duplicates when they are missing or not strings', () => {
    const other = { label: { en: 'Other' } };
    const group = { name: { en: 'Group' }, members: ['KAZ'] };
    expect(
      problems((d) => {
        Object.assign(d, { sectors: [...d.sectors, other, other] });
        Object.assign(d, { groups: [...d.groups, { ...group, id: 7 }, { ...group, id: 7 }] });
      }),
    ).toEqual([
      { path: 'sectors[3].id', message: 'is required' },
      { path: 'sectors[4].id', message: 'is required' },
      { path: 'groups[1].id', message: 'must be a string' },
      { path: 'groups[2].id', message: 'must be a string' },
    ]);
  });

  it('shows an offending value of up to 80 characters whole, and shortens a longer one', () => {
    const eighty = 'x'.repeat(80);
    expect(problems((d) => (d.home = eighty))).toEqual([
      { path: 'home', message: `"${eighty}" is not an ISO 3166-1 alpha-3 code` },
    ]);
    expect(problems((d) => (d.home = `${eighty}y`))).toEqual([
      { path: 'home', message: `"${'x'.repeat(77)}…" is not an ISO 3166-1 alpha-3 code` },
    ]);
  });

  it('lists at most 50 problems even when one activity has more', () => {
    const found = problems((d) => {
      d.activities[0]!.partners = Array.from({ length: 60 }, () => 'XYZ');
    });
    expect(found).toHaveLength(50);
    expect(found[49]).toEqual({
      path: 'activities[0].partners[49]',
      message: '"XYZ" is not an ISO 3166-1 alpha-3 code or a group id',
    });
  });

  it('says "invalid", not "not JSON", for JSON that breaks a rule', () => {
    const d = structuredClone(fixture);
    d.home = 'XX';
    const result = parseDataset(JSON.stringify(d));
    expect(!result.ok && result.kind).toBe('invalid');
  });
});
