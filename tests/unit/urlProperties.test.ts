import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActivityStatus, ActivityType } from '../../src/data/types';
import {
  checkAgainstDataset,
  parseUrl,
  toSearch,
  type UrlContext,
  type UrlKey,
  type UrlState,
} from '../../src/state/url';
import { propertyRuns } from './propertyRuns';

const RUNS = propertyRuns(300);

const SECTORS = ['health-policy', 'digital-health', 'workforce-training', 'pharmaceuticals'];
const REGIONS = ['central-asia', 'south-eastern-asia', 'eastern-africa'];
const COUNTRIES = ['KAZ', 'UZB', 'PRY', 'VNM'];
const TYPES: readonly ActivityType[] = [
  'agreement',
  'meeting',
  'forum',
  'training',
  'export',
  'project',
  'aid',
  'award',
];
const STATUSES: readonly ActivityStatus[] = ['done', 'planned'];
const SPAN = { min: 2000, max: 2025 };

const ctx: UrlContext = {
  yearSpan: SPAN,
  sectorIds: SECTORS,
  regionIds: REGIONS,
  partnerIso3s: COUNTRIES,
};

const PARAMS: readonly UrlKey[] = [
  'from',
  'to',
  'sectors',
  'regions',
  'types',
  'status',
  'actor',
  'country',
  'lang',
  'compare',
  'view',
  'theme',
  'embed',
];

/**
 * A filter list as the app keeps it: null (no filter) or a proper subset, in the dataset's order
 * (every id checked is the same as no filter, so the app never holds the full list).
 */
function subsetOf<T>(all: readonly T[]): fc.Arbitrary<readonly T[] | null> {
  return fc.oneof(
    fc.constant(null),
    fc
      .subarray([...all])
      .filter((s) => s.length < all.length)
      .map((s) => all.filter((x) => s.includes(x))),
  );
}

/** A year range as the app keeps it: an end at the dataset's first or last year is null. */
const yearRange = fc
  .tuple(fc.integer({ min: SPAN.min, max: SPAN.max }), fc.integer({ min: SPAN.min, max: SPAN.max }))
  .map(([a, b]) => {
    const from = Math.min(a, b);
    const to = Math.max(a, b);
    return { from: from === SPAN.min ? null : from, to: to === SPAN.max ? null : to };
  });

/**
 * An organisation's name as a dataset may write it: any Unicode, commas, `&`, `=`, `#`, `%`, and
 * spaces at either end (the validator only refuses a blank name).
 */
const actorName = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
  .filter((s) => s.trim() !== '');

const period = fc
  .tuple(fc.integer({ min: SPAN.min, max: SPAN.max }), fc.integer({ min: SPAN.min, max: SPAN.max }))
  .map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) }));

/** Every state the app can be in, restricted to what the URL holds. */
const urlState: fc.Arbitrary<UrlState> = fc
  .record({
    years: yearRange,
    sectors: subsetOf(SECTORS),
    regions: subsetOf(REGIONS),
    types: subsetOf(TYPES),
    status: subsetOf(STATUSES),
    actor: fc.option(actorName, { nil: null }),
    country: fc.option(fc.constantFrom(...COUNTRIES), { nil: null }),
    lang: fc.constantFrom('en' as const, 'ko' as const),
    compare: fc.option(period, { nil: null }),
    view: fc.constantFrom('map' as const, 'table' as const),
    theme: fc.constantFrom(null, 'light' as const, 'dark' as const),
    embed: fc.boolean(),
  })
  .map(({ years, ...rest }) => ({ ...years, ...rest }));

// Generous: a few hundred runs take a second or two, far longer on a busy machine or under Stryker.
describe('URL properties', { timeout: 60_000 }, () => {
  it('reads back every state it writes, with no notice', () => {
    fc.assert(
      fc.property(urlState, (s) => {
        const parsed = parseUrl(toSearch(s));
        expect(parsed.problems).toEqual([]);
        const checked = checkAgainstDataset(parsed.state, ctx);
        expect(checked.problems).toEqual([]);
        expect(checked.state).toEqual(s);
      }),
      RUNS,
    );
  });

  it('reads back every state it writes when the dataset names its actors and types', () => {
    fc.assert(
      fc.property(urlState, (s) => {
        const named: UrlContext = {
          ...ctx,
          typeIds: TYPES,
          actors: new Set(s.actor === null ? [] : [s.actor]),
        };
        const checked = checkAgainstDataset(parseUrl(toSearch(s)).state, named);
        expect(checked.problems).toEqual([]);
        expect(checked.state).toEqual(s);
      }),
      RUNS,
    );
  });

  it('never throws on any string, with or without a leading ?', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (search) => {
        for (const text of [search, `?${search}`]) {
          const { state, problems } = parseUrl(text);
          checkAgainstDataset(state, ctx);
          for (const p of problems) expect(PARAMS).toContain(p.param);
        }
      }),
      RUNS,
    );
  });

  it('never throws on any value of any parameter, and what it then writes reads back the same', () => {
    const value = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.constantFrom('', ' ', '2019', '2019-2021', '1', 'ko', 'dark', 'table', 'KAZ', '%', ','),
    );
    const query = fc.array(fc.tuple(fc.constantFrom(...PARAMS, 'junk'), value), { maxLength: 8 });
    fc.assert(
      fc.property(query, fc.boolean(), (pairs, encode) => {
        const search = pairs
          .map(([k, v]) => `${k}=${encode ? encodeURIComponent(v) : v}`)
          .join('&');
        const first = checkAgainstDataset(parseUrl(`?${search}`).state, ctx).state;
        const again = parseUrl(toSearch(first));
        expect(again.problems).toEqual([]);
        expect(checkAgainstDataset(again.state, ctx).state).toEqual(first);
      }),
      RUNS,
    );
  });
});
