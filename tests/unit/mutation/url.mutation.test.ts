import { describe, expect, it } from 'vitest';
import {
  checkAgainstDataset,
  parseUrl,
  toSearch,
  URL_DEFAULTS,
  type UrlContext,
  type UrlState,
} from '../../../src/state/url';

const ctx: UrlContext = {
  yearSpan: { min: 2015, max: 2021 },
  sectorIds: ['health-security', 'digital-health', 'pharmaceuticals'],
  regionIds: ['central-asia', 'eastern-asia'],
  partnerIso3s: ['KAZ', 'UZB'],
  typeIds: ['agreement', 'meeting', 'training'],
  actors: new Set(['KOICA', 'KOFIH']),
};

function check(change: Partial<UrlState>) {
  return checkAgainstDataset({ ...URL_DEFAULTS, ...change }, ctx);
}

describe('parseUrl(): spaces and empty values', () => {
  it('reads values with spaces around them', () => {
    const { state, problems } = parseUrl(
      '?from=%202016%20&to=%202019&sectors=%20a%20,b%20,,&compare=%202019-2017%20' +
        '&view=%20TABLE%20&theme=%20Dark&embed=%201%20&lang=%20KO%20&country=%20kaz%20',
    );
    expect(problems).toEqual([]);
    expect(state).toMatchObject({
      from: 2016,
      to: 2019,
      sectors: ['a', 'b'],
      compare: { from: 2017, to: 2019 },
      view: 'table',
      theme: 'dark',
      embed: true,
      lang: 'ko',
      country: 'KAZ',
    });
  });

  it('takes an empty value as the default, without a problem', () => {
    const { state, problems } = parseUrl(
      '?from=&to=&compare=&view=&theme=&embed=&lang=&country=&actor=',
    );
    expect(problems).toEqual([]);
    expect(state).toEqual(URL_DEFAULTS);
  });

  it('reads embed=0, even with spaces, as not embedded, without a problem', () => {
    expect(parseUrl('?embed=%200%20')).toEqual({ state: URL_DEFAULTS, problems: [] });
  });

  it('keeps an actor as written, but not one of spaces only', () => {
    expect(parseUrl('?actor=%20KOICA').state.actor).toBe(' KOICA');
    expect(parseUrl('?actor=%20%20').state.actor).toBeNull();
  });

  it('keeps the first 1000 characters of a longer actor', () => {
    expect(parseUrl(`?actor=${'a'.repeat(1001)}`).state.actor).toBe('a'.repeat(1000));
  });

  it('names the parameter and value of a bad year or country', () => {
    expect(parseUrl('?to=later&country=KAZX').problems).toEqual([
      { param: 'country', value: 'KAZX', reason: 'unknown-country' },
      { param: 'to', value: 'later', reason: 'not-a-year' },
    ]);
  });
});

describe('checkAgainstDataset(): years and periods', () => {
  it('keeps the first and last years of the data without a problem, as no limit', () => {
    expect(check({ from: 2015, to: 2021 })).toEqual({ state: URL_DEFAULTS, problems: [] });
  });

  it('keeps years inside the data in order, and swaps reversed ones', () => {
    expect(check({ from: 2016, to: 2019 }).state).toMatchObject({ from: 2016, to: 2019 });
    expect(check({ from: 2019, to: 2016 }).state).toMatchObject({ from: 2016, to: 2019 });
  });

  it('drops a year outside the data, naming it', () => {
    expect(check({ from: 2014, to: 2022 }).problems).toEqual([
      { param: 'from', value: '2014', reason: 'out-of-range' },
      { param: 'to', value: '2022', reason: 'out-of-range' },
    ]);
  });

  it('keeps a period that touches the data at one end, clamped', () => {
    expect(check({ compare: { from: 2010, to: 2015 } })).toMatchObject({
      state: { compare: { from: 2015, to: 2015 } },
      problems: [],
    });
    expect(check({ compare: { from: 2021, to: 2030 } })).toMatchObject({
      state: { compare: { from: 2021, to: 2021 } },
      problems: [],
    });
  });

  it('drops a period wholly outside the data, naming it', () => {
    expect(check({ compare: { from: 2010, to: 2014 } })).toMatchObject({
      state: { compare: null },
      problems: [{ param: 'compare', value: '2010-2014', reason: 'out-of-range' }],
    });
    expect(check({ compare: { from: 2022, to: 2023 } }).state.compare).toBeNull();
  });
});

describe('checkAgainstDataset(): lists and names', () => {
  it('collapses a list naming every known id to no filter', () => {
    const { state } = check({
      sectors: ['pharmaceuticals', 'health-security', 'digital-health'],
      regions: ['eastern-asia', 'central-asia'],
      types: ['training', 'meeting', 'agreement'],
    });
    expect(state).toMatchObject({ sectors: null, regions: null, types: null });
  });

  it('names a type or actor the data does not have', () => {
    expect(check({ types: ['award', 'meeting'], actor: 'Celltrion' })).toMatchObject({
      state: { types: ['meeting'], actor: null },
      problems: [
        { param: 'actor', value: 'Celltrion', reason: 'unknown-actor' },
        { param: 'types', value: 'award', reason: 'unknown-type' },
      ],
    });
  });
});

describe('toSearch()', () => {
  it('writes statuses joined by commas', () => {
    expect(toSearch({ ...URL_DEFAULTS, status: ['done', 'planned'] })).toBe('?status=done,planned');
  });
});
