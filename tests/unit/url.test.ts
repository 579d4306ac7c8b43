import { describe, expect, it } from 'vitest';
import {
  checkAgainstDataset,
  parseUrl,
  toSearch,
  URL_DEFAULTS,
  type UrlContext,
  type UrlState,
} from '../../src/state/url';

const ctx: UrlContext = {
  yearSpan: { min: 2019, max: 2024 },
  sectorIds: ['health-policy', 'digital-health', 'workforce-training'],
  regionIds: ['central-asia', 'south-eastern-asia'],
  partnerIso3s: ['KAZ', 'UZB', 'PRY'],
};

function roundTrip(s: UrlState): UrlState {
  const parsed = parseUrl(toSearch(s));
  expect(parsed.problems).toEqual([]);
  const checked = checkAgainstDataset(parsed.state, ctx);
  expect(checked.problems).toEqual([]);
  return checked.state;
}

describe('URL state', () => {
  it('serialises the default state to an empty query string', () => {
    expect(toSearch(URL_DEFAULTS)).toBe('');
  });

  it('round-trips a state with the original six parameters set', () => {
    const s: UrlState = {
      ...URL_DEFAULTS,
      from: 2020,
      to: 2023,
      sectors: ['health-policy', 'workforce-training'],
      regions: ['central-asia'],
      country: 'KAZ',
      lang: 'ko',
    };
    expect(toSearch(s)).toBe(
      '?from=2020&to=2023&sectors=health-policy,workforce-training&regions=central-asia&country=KAZ&lang=ko',
    );
    expect(roundTrip(s)).toEqual(s);
  });

  it('round-trips an empty sector list, which keeps no sector', () => {
    const s: UrlState = { ...URL_DEFAULTS, sectors: [] };
    expect(roundTrip(s)).toEqual(s);
  });

  it('reports a year that is not a year and falls back to the default', () => {
    const { state, problems } = parseUrl('?from=abc&to=2021');
    expect(state.from).toBeNull();
    expect(state.to).toBe(2021);
    expect(problems).toEqual([{ param: 'from', value: 'abc', reason: 'not-a-year' }]);
  });

  it('reports an unknown language and keeps English', () => {
    const { state, problems } = parseUrl('?lang=fr');
    expect(state.lang).toBe('en');
    expect(problems).toEqual([{ param: 'lang', value: 'fr', reason: 'unknown-lang' }]);
  });

  it('drops unknown sectors, regions and countries against the dataset and names each', () => {
    const parsed = parseUrl('?sectors=health-policy,bogus&regions=mars&country=XYZ');
    const { state, problems } = checkAgainstDataset(parsed.state, ctx);
    expect(state.sectors).toEqual(['health-policy']);
    expect(state.regions).toBeNull();
    expect(state.country).toBeNull();
    expect(problems).toEqual([
      { param: 'country', value: 'XYZ', reason: 'unknown-country' },
      { param: 'sectors', value: 'bogus', reason: 'unknown-sector' },
      { param: 'regions', value: 'mars', reason: 'unknown-region' },
    ]);
  });

  it('ignores years outside the dataset span and swaps a reversed range', () => {
    const out = checkAgainstDataset(parseUrl('?from=1800&to=2020').state, ctx);
    expect(out.state.from).toBeNull();
    expect(out.problems).toEqual([{ param: 'from', value: '1800', reason: 'out-of-range' }]);
    const swapped = checkAgainstDataset(parseUrl('?from=2023&to=2020').state, ctx);
    expect([swapped.state.from, swapped.state.to]).toEqual([2020, 2023]);
  });

  it('never throws on garbage, including markup and odd encodings', () => {
    for (const junk of [
      '?from=<script>',
      '?%E0%A4%A=1',
      '?sectors=,,,',
      '?country=<b>x</b>',
      '???&&==',
    ]) {
      expect(() => checkAgainstDataset(parseUrl(junk).state, ctx)).not.toThrow();
    }
  });

  it('treats a lower-case country code as its upper-case ISO3', () => {
    expect(parseUrl('?country=kaz').state.country).toBe('KAZ');
  });
});
