import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/load';
import type { LoadResult, Problem } from '../../src/data/types';
import { MAX_PROBLEMS, validateDataset } from '../../src/data/validate';
import { isDataPath } from '../../src/data/validateLinks';
import { propertyRuns } from './propertyRuns';

const RUNS = propertyRuns(200);

/** Real ISO 3166-1 alpha-3 codes. */
const COUNTRIES = ['KAZ', 'UZB', 'VNM', 'MNG', 'PRY', 'TKM', 'THA', 'IDN', 'LAO', 'GHA', 'PER'];
const TYPES = ['agreement', 'meeting', 'forum', 'training', 'export', 'project', 'aid', 'award'];
const KINDS = ['government', 'agency', 'media', 'ngo', 'multilateral', 'dataset'];

interface RawLocalized {
  en: string;
  ko?: string;
}
interface RawSource {
  id: string;
  title: string;
  publisher: string;
  published: string;
  file?: string;
  url?: string;
  kind?: string;
}
interface RawActivity {
  id: string;
  title: RawLocalized;
  type: string;
  status?: string;
  date: string;
  end?: string;
  partners: string[];
  sectors: string[];
  actors: { korea: string[]; partner: string[] };
  source: string;
  quote: string;
  amount?: { value: number; currency: string };
}
/** A dataset as JSON, loose enough to be broken on purpose. */
interface RawDataset {
  schemaVersion: number;
  title: RawLocalized;
  home: string;
  sectors: { id: string; label: RawLocalized }[];
  groups: { id: string; name: RawLocalized; members: string[] }[];
  sources: RawSource[];
  activities: RawActivity[];
}

const kebab = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}$/);
/** Non-blank text of any Unicode, markup included. */
const text = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 12 })
  .filter((s) => s.trim() !== '');
const localized = fc.record({ en: text, ko: text }, { requiredKeys: ['en'] });
const dayOfMonth = fc.integer({ min: 1, max: 28 }).map((d) => String(d).padStart(2, '0'));
const month = fc.integer({ min: 1, max: 12 }).map((m) => String(m).padStart(2, '0'));
const year = fc.integer({ min: 1990, max: 2030 });
const dayDate = fc.tuple(year, month, dayOfMonth).map(([y, m, d]) => `${y}-${m}-${d}`);
const partialDate = fc.oneof(
  year.map(String),
  fc.tuple(year, month).map(([y, m]) => `${y}-${m}`),
  dayDate,
);
const segment = fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,11}$/).filter((s) => s !== '..');
const dataPath = fc.array(segment, { minLength: 1, maxLength: 3 }).map((s) => s.join('/'));
const httpUrl = fc.webUrl({ validSchemes: ['http', 'https'] });

const sourceArb = fc.record(
  {
    title: text,
    publisher: text,
    published: dayDate,
    file: dataPath,
    url: httpUrl,
    kind: fc.constantFrom(...KINDS),
  },
  { requiredKeys: ['title', 'publisher', 'published'] },
);

/** A valid dataset: every id unique, every reference resolved, every rule of SPEC §1 kept. */
const validDataset: fc.Arbitrary<RawDataset> = fc
  .record({
    title: localized,
    sectorIds: fc.uniqueArray(kebab, { minLength: 1, maxLength: 4 }),
    groupIds: fc.uniqueArray(kebab, { maxLength: 2 }),
    sources: fc.array(sourceArb, { minLength: 1, maxLength: 3 }),
    activities: fc.array(
      fc.record({
        title: localized,
        type: fc.constantFrom(...TYPES),
        status: fc.constantFrom(undefined, 'done', 'planned'),
        date: partialDate,
        span: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
        partners: fc.uniqueArray(fc.nat(20), { minLength: 1, maxLength: 3 }),
        sectors: fc.uniqueArray(fc.nat(10), { minLength: 1, maxLength: 3 }),
        korea: fc.array(text, { maxLength: 2 }),
        partner: fc.array(text, { maxLength: 2 }),
        source: fc.nat(10),
        quote: text,
        amount: fc.option(
          fc.record({ value: fc.nat(1e9), currency: fc.constantFrom('KRW', 'USD') }),
          {
            nil: undefined,
          },
        ),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    groupMembers: fc.uniqueArray(fc.constantFrom(...COUNTRIES), { minLength: 1, maxLength: 4 }),
  })
  .map((g) => {
    const partnerIds = [...COUNTRIES, ...g.groupIds];
    const sources: RawSource[] = g.sources.map((s, i) => ({ id: `src-${i}`, ...s }));
    const activities: RawActivity[] = g.activities.map((a, i) => {
      const activity: RawActivity = {
        id: `act-${i}`,
        title: a.title,
        type: a.type,
        date: a.date,
        partners: a.partners.map((n) => partnerIds[n % partnerIds.length]!),
        sectors: a.sectors.map((n) => g.sectorIds[n % g.sectorIds.length]!),
        actors: { korea: a.korea, partner: a.partner },
        source: sources[a.source % sources.length]!.id,
        quote: a.quote,
      };
      if (a.status !== undefined) activity.status = a.status;
      if (a.span !== undefined) activity.end = String(Number(a.date.slice(0, 4)) + a.span);
      if (a.amount !== undefined) activity.amount = a.amount;
      return activity;
    });
    return {
      schemaVersion: 1,
      title: g.title,
      home: 'KOR',
      sectors: g.sectorIds.map((id) => ({ id, label: { en: id } })),
      groups: g.groupIds.map((id) => ({ id, name: { en: id }, members: g.groupMembers })),
      sources,
      activities,
    };
  });

function problemsOf(result: LoadResult): readonly Problem[] {
  return result.ok ? [] : result.problems;
}

/**
 * Breaks one rule of SPEC §1 in `d` (choosing what to break with `n`) and returns the JSON path
 * that the problem must name. Each expectation is written here, from the SPEC, not from the code.
 */
type Breaker = (d: RawDataset, n: number) => string;

const pick = <T>(list: readonly T[], n: number): [T, number] => {
  const i = n % list.length;
  return [list[i]!, i];
};

const BAD_FILES = [
  'javascript:alert(1)',
  ' javascript:alert(1)',
  '\tjavascript:alert(1)',
  'java\tscript:alert(1)',
  '../x.txt',
  'sources/../../x.txt',
  '%2e%2e/x.txt',
  '%2E%2E/x.txt',
  '/etc/passwd',
  '\\\\host\\x',
  'sources/a b.txt',
  'sources/a\u0007.txt',
  'https://evil.example/x',
  '',
];
const BAD_URLS = [
  'javascript:alert(1)',
  ' https://a.example',
  'ftp://a.example/x',
  'a.example',
  '',
];
const BAD_DATES = ['2019-13', '2019-02-30', '19', '2019/01', '', ' 2019', '2019-1-01'];
const ACTIVITY_FIELDS = [
  'id',
  'title',
  'type',
  'date',
  'partners',
  'sectors',
  'actors',
  'source',
  'quote',
] as const;

const BREAKERS: Record<string, Breaker> = {
  'unknown partner': (d, n) => {
    const [a, i] = pick(d.activities, n);
    a.partners.push('XYZ');
    return `activities[${i}].partners[${a.partners.length - 1}]`;
  },
  'lower-case partner': (d, n) => {
    const [a, i] = pick(d.activities, n);
    a.partners[0] = 'kaz';
    return `activities[${i}].partners[0]`;
  },
  'unknown sector': (d, n) => {
    const [a, i] = pick(d.activities, n);
    a.sectors[0] = 'not-a-sector-id-anywhere';
    return `activities[${i}].sectors[0]`;
  },
  'unknown source': (d, n) => {
    const [a, i] = pick(d.activities, n);
    a.source = 'src-missing';
    return `activities[${i}].source`;
  },
  'malformed date': (d, n) => {
    const [a, i] = pick(d.activities, n);
    a.date = pick(BAD_DATES, n >> 3)[0];
    return `activities[${i}].date`;
  },
  'end before start': (d, n) => {
    const [a, i] = pick(d.activities, n);
    a.end = String(Number(a.date.slice(0, 4)) - 1 - (n % 3));
    return `activities[${i}].end`;
  },
  'id not kebab-case': (d, n) => {
    const [a, i] = pick(d.activities, n);
    a.id = `${a.id.toUpperCase()}_x`;
    return `activities[${i}].id`;
  },
  'duplicate activity id': (d, n) => {
    const [a] = pick(d.activities, n);
    d.activities.push(structuredClone(a));
    return `activities[${d.activities.length - 1}].id`;
  },
  'type outside the list': (d, n) => {
    const [a, i] = pick(d.activities, n);
    a.type = 'visit';
    return `activities[${i}].type`;
  },
  'status outside the list': (d, n) => {
    const [a, i] = pick(d.activities, n);
    a.status = 'cancelled';
    return `activities[${i}].status`;
  },
  'no partner': (d, n) => {
    const [a, i] = pick(d.activities, n);
    a.partners = [];
    return `activities[${i}].partners`;
  },
  'required field missing': (d, n) => {
    const [a, i] = pick(d.activities, n);
    const [field] = pick(ACTIVITY_FIELDS, n >> 3);
    Reflect.deleteProperty(a, field);
    return `activities[${i}].${field}`;
  },
  'blank title': (d, n) => {
    const [a, i] = pick(d.activities, n);
    a.title.en = ' \t';
    return `activities[${i}].title.en`;
  },
  'title over 300 characters': (d, n) => {
    const [a, i] = pick(d.activities, n);
    a.title.en = 'T'.repeat(301 + (n % 50));
    return `activities[${i}].title.en`;
  },
  'quote over 5,000 characters': (d, n) => {
    const [a, i] = pick(d.activities, n);
    a.quote = '“'.repeat(5_001 + n);
    return `activities[${i}].quote`;
  },
  'actor over 1,000 characters': (d, n) => {
    const [a, i] = pick(d.activities, n);
    a.actors.korea.push('가'.repeat(1_001));
    return `activities[${i}].actors.korea[${a.actors.korea.length - 1}]`;
  },
  'negative amount': (d, n) => {
    const [a, i] = pick(d.activities, n);
    a.amount = { value: -1 - n, currency: 'KRW' };
    return `activities[${i}].amount.value`;
  },
  'source url not http(s)': (d, n) => {
    const [s, i] = pick(d.sources, n);
    s.url = pick(BAD_URLS, n >> 3)[0];
    return `sources[${i}].url`;
  },
  'source file outside data/': (d, n) => {
    const [s, i] = pick(d.sources, n);
    s.file = pick(BAD_FILES, n >> 3)[0];
    return `sources[${i}].file`;
  },
  'source kind outside the list': (d, n) => {
    const [s, i] = pick(d.sources, n);
    s.kind = 'blog';
    return `sources[${i}].kind`;
  },
  'source date not YYYY-MM-DD': (d, n) => {
    const [s, i] = pick(d.sources, n);
    s.published = s.published.slice(0, 7);
    return `sources[${i}].published`;
  },
  'source publisher over 1,000 characters': (d, n) => {
    const [s, i] = pick(d.sources, n);
    s.publisher = 'p'.repeat(1_001);
    return `sources[${i}].publisher`;
  },
  'duplicate sector id': (d, n) => {
    const [s] = pick(d.sectors, n);
    d.sectors.push(structuredClone(s));
    return `sectors[${d.sectors.length - 1}].id`;
  },
  'group member not a country': (d) => {
    d.groups.push({ id: 'new-group', name: { en: 'New' }, members: ['KAZ', 'ZZZ'] });
    return `groups[${d.groups.length - 1}].members[1]`;
  },
  'group name over 300 characters': (d) => {
    d.groups.push({ id: 'long-group', name: { en: 'G'.repeat(301) }, members: ['KAZ'] });
    return `groups[${d.groups.length - 1}].name.en`;
  },
  'schemaVersion not 1': (d, n) => {
    d.schemaVersion = 2 + n;
    return 'schemaVersion';
  },
  'home not a country': (d) => {
    d.home = 'Korea';
    return 'home';
  },
  'dataset title over 300 characters': (d) => {
    d.title.en = 'A'.repeat(301);
    return 'title.en';
  },
  'no activities': (d) => {
    d.activities = [];
    return 'activities';
  },
};

// Generous: a few hundred runs take a second or two, far longer on a busy machine or under Stryker.
describe('validateDataset() properties', { timeout: 60_000 }, () => {
  it('accepts every valid dataset, keeping each activity', () => {
    fc.assert(
      fc.property(validDataset, (d) => {
        const result = validateDataset(d);
        expect(problemsOf(result)).toEqual([]);
        expect(result.ok && result.dataset.activities.map((a) => a.id)).toEqual(
          d.activities.map((a) => a.id),
        );
      }),
      RUNS,
    );
  });

  it('rejects a valid dataset with one rule broken, naming the broken rule’s path', () => {
    const names = Object.keys(BREAKERS);
    fc.assert(
      fc.property(validDataset, fc.constantFrom(...names), fc.nat(1_000), (d, name, n) => {
        const path = BREAKERS[name]!(d, n);
        const result = validateDataset(d);
        expect(result.ok).toBe(false);
        expect(problemsOf(result).map((p) => p.path)).toContain(path);
      }),
      propertyRuns(400),
    );
  });

  it('never throws on any JSON value, and lists 1 to 50 problems when it refuses', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything()), (input) => {
        const result = validateDataset(input);
        if (result.ok) return;
        expect(result.problems.length).toBeGreaterThan(0);
        expect(result.problems.length).toBeLessThanOrEqual(MAX_PROBLEMS);
      }),
      RUNS,
    );
  });

  it('never throws when any one value of a valid dataset is replaced by any JSON value', () => {
    fc.assert(
      fc.property(validDataset, fc.nat(), fc.jsonValue(), (d, n, replacement) => {
        const slots: [Record<string, unknown> | unknown[], string | number][] = [];
        const collect = (node: unknown): void => {
          if (Array.isArray(node)) {
            node.forEach((child, i) => {
              slots.push([node, i]);
              collect(child);
            });
          } else if (typeof node === 'object' && node !== null) {
            for (const [key, child] of Object.entries(node)) {
              slots.push([node as Record<string, unknown>, key]);
              collect(child);
            }
          }
        };
        collect(d);
        const [container, key] = slots[n % slots.length]!;
        Reflect.set(container, key, replacement);
        const result = validateDataset(d);
        expect(problemsOf(result).length).toBeLessThanOrEqual(MAX_PROBLEMS);
      }),
      RUNS,
    );
  });

  it('never throws on any text given as a file', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json()), (text) => {
        const result = parseDataset(text);
        expect(result.ok || result.problems.length > 0).toBe(true);
      }),
      RUNS,
    );
  });

  it('lists every problem up to 50 and never more', () => {
    fc.assert(
      fc.property(validDataset, fc.nat(120), (d, broken) => {
        const [template] = pick(d.activities, 0);
        d.activities = Array.from({ length: broken + 1 }, (_, i) => ({
          ...structuredClone(template),
          id: `many-${i}`,
          partners: i < broken ? ['XYZ'] : ['KAZ'],
        }));
        const found = problemsOf(validateDataset(d));
        expect(found).toHaveLength(Math.min(broken, 50));
        if (broken > 0) expect(found[0]?.path).toBe('activities[0].partners[0]');
      }),
      propertyRuns(100),
    );
  });
});

describe('isDataPath() properties', { timeout: 60_000 }, () => {
  it('accepts every plain relative path', () => {
    fc.assert(
      fc.property(dataPath, (p) => isDataPath(p)),
      RUNS,
    );
  });

  it('rejects any path with whitespace or a control character anywhere in it', () => {
    const hidden = fc.constantFrom(' ', '\t', '\n', '\r', '\u0000', '\u001f', '\u007f', '\u00a0');
    fc.assert(
      fc.property(dataPath, hidden, fc.nat(), (p, c, n) => {
        const at = n % (p.length + 1);
        return !isDataPath(`${p.slice(0, at)}${c}${p.slice(at)}`);
      }),
      RUNS,
    );
  });

  it('rejects any path that climbs out with .., however it is written', () => {
    const up = fc.constantFrom('..', '%2e%2e', '%2E%2E', '.%2e', '%2e.', '%252e%252e');
    const slash = fc.constantFrom('/', '\\', '%2f', '%5c');
    fc.assert(
      fc.property(
        fc.array(segment, { maxLength: 2 }),
        up,
        slash,
        dataPath,
        (before, dots, sep, after) => !isDataPath([...before, dots].join('/') + sep + after),
      ),
      RUNS,
    );
  });

  it('rejects any path that starts with a slash, a backslash or a scheme', () => {
    const start = fc.constantFrom('/', '//', '\\', 'javascript:', 'data:', 'http://h/', 'C:');
    fc.assert(
      fc.property(start, dataPath, (s, p) => !isDataPath(s + p)),
      RUNS,
    );
  });
});
