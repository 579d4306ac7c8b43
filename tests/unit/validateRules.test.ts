import { describe, expect, it } from 'vitest';
import type { LoadResult, Problem } from '../../src/data/types';
import { validateDataset } from '../../src/data/validate';
import { Problems } from '../../src/data/problems';
import { checkActivityCount } from '../../src/data/validateLimits';
import { isDataPath, isHttpUrl } from '../../src/data/validateLinks';
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

describe('sources[].file', () => {
  it.each([
    ['sources/000_16d1fa788ef94c69.txt'],
    ['report.txt'],
    ['sources/2024/moh-report.pdf'],
    ['sources/./a.txt'],
    ['sources/보고서.txt'],
    ['sources/a..b.txt'],
    ['sources/report:2019.txt'],
  ])('accepts the relative path %j', (file) => {
    expect(problems((d) => (d.sources[1]!.file = file))).toEqual([]);
    expect(isDataPath(file)).toBe(true);
  });

  it.each([
    ['a scheme', 'javascript:alert(1)'],
    ['a scheme in capitals', 'JavaScript:alert(1)'],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
    ['an http URL', 'https://example.org/a.txt'],
    ['a leading space before a scheme', ' javascript:alert(1)'],
    ['a leading tab before a scheme', '\tjavascript:alert(1)'],
    ['a tab inside a scheme', 'java\tscript:alert(1)'],
    ['a newline inside a scheme', 'java\nscript:alert(1)'],
    ['a leading space', ' sources/a.txt'],
    ['a trailing newline', 'sources/a.txt\n'],
    ['a space inside', 'sources/a b.txt'],
    ['a no-break space', 'sources/a\u00a0b.txt'],
    ['a control character', 'sources/a\u0000.txt'],
    ['a zero-width joiner', 'sources/\u200da.txt'],
    ['a leading slash', '/etc/passwd'],
    ['two leading slashes', '//evil.example/a.txt'],
    ['a leading backslash', '\\\\server\\share'],
    ['a drive letter', 'C:\\Windows\\win.ini'],
    ['a scheme with a hyphen', 'view-source:sources/a.txt'],
    ['a scheme with a plus and digits', 'web+app2:sources/a.txt'],
    ['a parent segment', '../secrets.txt'],
    ['a parent segment inside', 'sources/../../secrets.txt'],
    ['a parent segment with backslashes', 'sources\\..\\..\\secrets.txt'],
    ['a percent-encoded parent segment', '%2e%2e/secrets.txt'],
    ['a percent-encoded parent segment in capitals', 'sources/%2E%2E/%2E%2E/secrets.txt'],
    ['a half-encoded parent segment', 'sources/.%2e/secrets.txt'],
    ['a doubly encoded parent segment', '%252e%252e/secrets.txt'],
    ['an encoded slash after a parent segment', '..%2fsecrets.txt'],
    ['an encoded leading slash', '%2fetc/passwd'],
    ['an encoded scheme colon', 'javascript%3aalert(1)'],
    ['a malformed escape', 'sources/%zz.txt'],
    ['nothing', ''],
    ['a single space', ' '],
  ])('rejects %s', (_, file) => {
    expect(problems((d) => (d.sources[1]!.file = file))).toEqual([
      {
        path: 'sources[1].file',
        message: `${JSON.stringify(file)} is not a relative path under data/`,
      },
    ]);
  });

  it('shortens a long offending path in the message', () => {
    const file = `javascript:${'x'.repeat(100)}`;
    expect(problems((d) => (d.sources[1]!.file = file))).toEqual([
      {
        path: 'sources[1].file',
        message: `"javascript:${'x'.repeat(66)}…" is not a relative path under data/`,
      },
    ]);
  });

  it('may be left out', () => {
    expect(problems((d) => Reflect.deleteProperty(d.sources[1]!, 'file'))).toEqual([]);
  });
});

describe('sources[].url', () => {
  it.each([
    ['https://www.mohw.go.kr/eng/nw/nw0101vw.jsp?PAR_MENU_ID=1007&MENU_ID=100701'],
    ['http://koreamedical.or.kr/en/news/board-view/163'],
    ['HTTPS://EXAMPLE.ORG/'],
    ['https://example.org/%EB%B3%B4%EA%B3%A0%EC%84%9C'],
  ])('accepts %j', (url) => {
    expect(problems((d) => (d.sources[0]!.url = url))).toEqual([]);
    expect(isHttpUrl(url)).toBe(true);
  });

  it.each([
    ['javascript:alert(1)'],
    ['xhttps://example.org/'],
    ['view-source:https://example.org/'],
    [' https://example.org/'],
    ['\thttps://example.org/'],
    ['https://exa\tmple.org/'],
    ['https://example.org/a b'],
    ['ftp://example.org/report.pdf'],
    ['mailto:press@example.org'],
    ['data:text/html,hi'],
    ['//example.org/a'],
    ['https:example.org'],
    ['https://'],
    ['https://exa mple.org'],
    ['sources/a.txt'],
    [''],
  ])('rejects %j', (url) => {
    expect(problems((d) => (d.sources[0]!.url = url))).toEqual([
      { path: 'sources[0].url', message: `${JSON.stringify(url)} is not an http(s) URL` },
    ]);
  });
});

describe('SPEC §1 string limits', () => {
  it('allows a title of 300 characters and rejects one of 301', () => {
    expect(problems((d) => (d.activities[0]!.title.en = 'a'.repeat(300)))).toEqual([]);
    expect(problems((d) => (d.activities[0]!.title.en = 'a'.repeat(301)))).toEqual([
      {
        path: 'activities[0].title.en',
        message: 'is 301 characters long; at most 300 allowed',
      },
    ]);
  });

  it('counts Korean syllables and emoji as one character each', () => {
    expect(problems((d) => (d.activities[0]!.title.ko = '보'.repeat(300)))).toEqual([]);
    expect(problems((d) => (d.activities[0]!.title.ko = '🏥'.repeat(300)))).toEqual([]);
    expect(problems((d) => (d.activities[0]!.title.ko = '🏥'.repeat(301)))).toEqual([
      {
        path: 'activities[0].title.ko',
        message: 'is 301 characters long; at most 300 allowed',
      },
    ]);
  });

  it('limits the dataset title, source titles and group names to 300 characters', () => {
    expect(
      problems((d) => {
        d.title.en = 'T'.repeat(400);
        d.sources[1]!.title = 'S'.repeat(301);
        d.groups[0]!.name.ko = '아'.repeat(1_000);
      }),
    ).toEqual([
      { path: 'title.en', message: 'is 400 characters long; at most 300 allowed' },
      { path: 'groups[0].name.ko', message: 'is 1,000 characters long; at most 300 allowed' },
      { path: 'sources[1].title', message: 'is 301 characters long; at most 300 allowed' },
    ]);
  });

  it('allows a quote of 5,000 characters and rejects one of 5,001', () => {
    expect(problems((d) => (d.activities[2]!.quote = 'q'.repeat(5_000)))).toEqual([]);
    expect(problems((d) => (d.activities[2]!.quote = 'q'.repeat(5_001)))).toEqual([
      { path: 'activities[2].quote', message: 'is 5,001 characters long; at most 5,000 allowed' },
    ]);
  });

  it('allows other strings of 1,000 characters and rejects longer ones, each with its path', () => {
    expect(problems((d) => (d.activities[0]!.actors.korea[0] = 'k'.repeat(1_000)))).toEqual([]);
    expect(
      problems((d) => {
        d.activities[0]!.actors.korea[0] = 'k'.repeat(1_001);
        d.activities[1]!.dateNote = 'n'.repeat(2_000);
        d.sources[0]!.publisher = 'p'.repeat(1_200);
        d.sectors[1]!.label.en = 'l'.repeat(1_001);
      }),
    ).toEqual([
      { path: 'sectors[1].label.en', message: 'is 1,001 characters long; at most 1,000 allowed' },
      { path: 'sources[0].publisher', message: 'is 1,200 characters long; at most 1,000 allowed' },
      {
        path: 'activities[0].actors.korea[0]',
        message: 'is 1,001 characters long; at most 1,000 allowed',
      },
      {
        path: 'activities[1].dateNote',
        message: 'is 2,000 characters long; at most 1,000 allowed',
      },
    ]);
  });

  it('holds a 200,000-character title to the limit (the case a user reported)', () => {
    expect(problems((d) => (d.title.en = 'x'.repeat(200_000)))).toEqual([
      { path: 'title.en', message: 'is 200,000 characters long; at most 300 allowed' },
    ]);
  });

  it('holds strings in fields it does not know to 1,000 characters', () => {
    expect(
      problems((d) => {
        Object.assign(d, { notes: 'n'.repeat(1_001) });
        Object.assign(d.activities[3]!, { extra: { deep: ['e'.repeat(1_001)] } });
      }),
    ).toEqual([
      { path: 'notes', message: 'is 1,001 characters long; at most 1,000 allowed' },
      {
        path: 'activities[3].extra.deep[0]',
        message: 'is 1,001 characters long; at most 1,000 allowed',
      },
    ]);
  });

  it('reports an over-long string that also breaks another rule once for each rule', () => {
    const id = 'A'.repeat(1_001);
    expect(problems((d) => (d.activities[4]!.id = id))).toEqual([
      {
        path: 'activities[4].id',
        message: `"${'A'.repeat(77)}…" is not kebab-case (lower-case letters and digits joined by single hyphens)`,
      },
      { path: 'activities[4].id', message: 'is 1,001 characters long; at most 1,000 allowed' },
    ]);
  });

  it('never throws on null, numbers or booleans where strings are expected', () => {
    expect(
      problems((d) => {
        Object.assign(d, { notes: null, count: 3, flags: [true, null, { a: null }] });
        Object.assign(d.activities[1]!, { dateNote: null });
      }),
    ).toEqual([{ path: 'activities[1].dateNote', message: 'must be a string' }]);
  });

  it('never overflows the stack on deeply nested unknown objects', () => {
    let deep: unknown = 'x'.repeat(2_000);
    for (let i = 0; i < 100_000; i++) deep = { deep };
    const d = structuredClone(fixture);
    Object.assign(d.activities[0]!, { deep });
    expect(() => validateDataset(d)).not.toThrow();
  });

  it('never overflows the stack on deeply nested unknown fields', () => {
    let deep: unknown = 'x'.repeat(2_000);
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const d = structuredClone(fixture);
    Object.assign(d, { deep });
    expect(() => validateDataset(d)).not.toThrow();
  });
});

describe('SPEC §1 activity count limit', () => {
  it('refuses more than 1,000,000 activities, naming the limit and the count', () => {
    const d = structuredClone(fixture);
    const one = d.activities[0]!;
    const activities = new Array<typeof one>(1_000_001).fill(one);
    const result = validateDataset({ ...d, activities });
    expect(problemsOf(result)).toEqual([
      { path: 'activities', message: 'has 1,000,001 activities; at most 1,000,000 allowed' },
    ]);
  });

  it('allows exactly 1,000,000 activities', () => {
    const problems = new Problems();
    expect(checkActivityCount(problems, new Array(1_000_000))).toBe(true);
    expect(problems.list).toEqual([]);
  });
});
