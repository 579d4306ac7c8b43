import { LANGS, type Lang } from '../i18n/lang';
import { INITIAL_STATE, type AtlasState } from './atlasState';

/** The part of the state that lives in the URL (SPEC §3). */
export type UrlState = Pick<AtlasState, 'from' | 'to' | 'sectors' | 'regions' | 'country' | 'lang'>;

export type UrlKey = keyof UrlState;

/** A URL value that was ignored, and why: shown to the user in a notice. */
export interface UrlProblem {
  readonly param: UrlKey;
  readonly value: string;
  readonly reason:
    | 'not-a-year'
    | 'unknown-sector'
    | 'unknown-region'
    | 'unknown-country'
    | 'unknown-lang'
    | 'out-of-range';
}

export const URL_DEFAULTS: UrlState = urlStateOf(INITIAL_STATE);

const YEAR = /^\d{4}$/;
const ISO3 = /^[A-Za-z]{3}$/;

function parseYear(
  raw: string | null,
  param: 'from' | 'to',
  problems: UrlProblem[],
): number | null {
  if (raw === null || raw === '') return null;
  if (!YEAR.test(raw.trim())) {
    problems.push({ param, value: raw, reason: 'not-a-year' });
    return null;
  }
  return Number(raw.trim());
}

function parseList(raw: string | null): readonly string[] | null {
  if (raw === null) return null;
  return raw
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '');
}

/**
 * Reads SPEC §3 parameters from a query string. Never throws: a value that is malformed falls back
 * to its default and is reported. Whether ids exist in the dataset is checked by `checkAgainstDataset`.
 */
export function parseUrl(search: string): { state: UrlState; problems: UrlProblem[] } {
  const problems: UrlProblem[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state: URL_DEFAULTS, problems };
  }
  const country = params.get('country');
  const lang = params.get('lang');
  let langValue: Lang = 'en';
  if (lang !== null && lang !== '') {
    const found = LANGS.find((l) => l === lang.trim().toLowerCase());
    if (found) langValue = found;
    else problems.push({ param: 'lang', value: lang, reason: 'unknown-lang' });
  }
  let countryValue: string | null = null;
  if (country !== null && country !== '') {
    if (ISO3.test(country.trim())) countryValue = country.trim().toUpperCase();
    else problems.push({ param: 'country', value: country, reason: 'unknown-country' });
  }
  return {
    state: {
      from: parseYear(params.get('from'), 'from', problems),
      to: parseYear(params.get('to'), 'to', problems),
      sectors: parseList(params.get('sectors')),
      regions: parseList(params.get('regions')),
      country: countryValue,
      lang: langValue,
    },
    problems,
  };
}

/** What the dataset offers, to check URL ids against. */
export interface UrlContext {
  readonly yearSpan: { readonly min: number; readonly max: number };
  readonly sectorIds: readonly string[];
  readonly regionIds: readonly string[];
  readonly partnerIso3s: readonly string[];
}

function keepKnown(
  list: readonly string[] | null,
  known: readonly string[],
  param: 'sectors' | 'regions',
  problems: UrlProblem[],
): readonly string[] | null {
  if (list === null) return null;
  const reason = param === 'sectors' ? 'unknown-sector' : 'unknown-region';
  for (const id of list) if (!known.includes(id)) problems.push({ param, value: id, reason });
  const kept = known.filter((id) => list.includes(id));
  // A list that named only unknown ids is ignored as a whole rather than hiding everything.
  if (kept.length === 0 && list.length > 0) return null;
  return kept.length === known.length ? null : kept;
}

function keepYear(
  year: number | null,
  param: 'from' | 'to',
  span: UrlContext['yearSpan'],
  problems: UrlProblem[],
): number | null {
  if (year === null) return null;
  if (year < span.min || year > span.max) {
    problems.push({ param, value: String(year), reason: 'out-of-range' });
    return null;
  }
  return year;
}

/** Drops ids the dataset does not know, reporting each. Pure. */
export function checkAgainstDataset(
  state: UrlState,
  ctx: UrlContext,
): { state: UrlState; problems: UrlProblem[] } {
  const problems: UrlProblem[] = [];
  let from = keepYear(state.from, 'from', ctx.yearSpan, problems);
  let to = keepYear(state.to, 'to', ctx.yearSpan, problems);
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  if (from === ctx.yearSpan.min) from = null;
  if (to === ctx.yearSpan.max) to = null;
  let country = state.country;
  if (country !== null && !ctx.partnerIso3s.includes(country)) {
    problems.push({ param: 'country', value: country, reason: 'unknown-country' });
    country = null;
  }
  return {
    state: {
      ...state,
      from,
      to,
      sectors: keepKnown(state.sectors, ctx.sectorIds, 'sectors', problems),
      regions: keepKnown(state.regions, ctx.regionIds, 'regions', problems),
      country,
    },
    problems,
  };
}

/** Every URL field, so that a new field does not compile until it is serialised. */
export function toUrlParams(s: UrlState): Record<UrlKey, string | undefined> {
  return {
    from: s.from === null ? undefined : String(s.from),
    to: s.to === null ? undefined : String(s.to),
    sectors: s.sectors === null ? undefined : s.sectors.join(','),
    regions: s.regions === null ? undefined : s.regions.join(','),
    country: s.country ?? undefined,
    lang: s.lang === 'en' ? undefined : s.lang,
  };
}

/** The query string for a state (`?from=2020&sectors=a,b`), or `''` when all defaults. */
export function toSearch(s: UrlState): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(toUrlParams(s))) {
    if (value !== undefined) params.set(key, value);
  }
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}

export function urlStateOf(s: AtlasState): UrlState {
  return {
    from: s.from,
    to: s.to,
    sectors: s.sectors,
    regions: s.regions,
    country: s.country,
    lang: s.lang,
  };
}
