import {
  ACTIVITY_STATUSES,
  ACTIVITY_TYPES,
  type ActivityStatus,
  type ActivityType,
} from '../data/types';
import { LANGS, type Lang } from '../data/lang';
import {
  INITIAL_STATE,
  type AtlasState,
  type AtlasView,
  type Theme,
  type YearPeriod,
} from './atlasState';

/** The part of the state that lives in the URL (SPEC §5). */
export type UrlState = Pick<
  AtlasState,
  | 'from'
  | 'to'
  | 'sectors'
  | 'regions'
  | 'types'
  | 'status'
  | 'actor'
  | 'country'
  | 'lang'
  | 'compare'
  | 'view'
  | 'theme'
  | 'embed'
>;

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
    | 'unknown-type'
    | 'unknown-status'
    | 'unknown-actor'
    | 'not-a-period'
    | 'unknown-view'
    | 'unknown-theme'
    | 'not-embed'
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

/** A list of ids from a fixed vocabulary, in vocabulary order; every id kept = null (no filter). */
function parseEnumList<T extends string>(
  raw: string | null,
  vocabulary: readonly T[],
  param: 'types' | 'status',
  problems: UrlProblem[],
): readonly T[] | null {
  const list = parseList(raw);
  if (list === null) return null;
  const reason = param === 'types' ? 'unknown-type' : 'unknown-status';
  for (const id of list)
    if (!vocabulary.some((v) => v === id)) problems.push({ param, value: id, reason });
  const kept = vocabulary.filter((v) => list.includes(v));
  if (kept.length === 0 && list.length > 0) return null;
  return kept.length === vocabulary.length ? null : kept;
}

const PERIOD = /^(\d{4})-(\d{4})$/;

function parsePeriod(raw: string | null, problems: UrlProblem[]): YearPeriod | null {
  if (raw === null || raw === '') return null;
  const m = PERIOD.exec(raw.trim());
  if (!m) {
    problems.push({ param: 'compare', value: raw, reason: 'not-a-period' });
    return null;
  }
  const a = Number(m[1]);
  const b = Number(m[2]);
  return { from: Math.min(a, b), to: Math.max(a, b) };
}

function parseChoice<T extends string>(
  raw: string | null,
  choices: readonly T[],
  param: 'view' | 'theme',
  problems: UrlProblem[],
): T | null {
  if (raw === null || raw === '') return null;
  const found = choices.find((c) => c === raw.trim().toLowerCase());
  if (found === undefined)
    problems.push({
      param,
      value: raw,
      reason: param === 'view' ? 'unknown-view' : 'unknown-theme',
    });
  return found ?? null;
}

function parseEmbed(raw: string | null, problems: UrlProblem[]): boolean {
  if (raw === null || raw === '' || raw.trim() === '0') return false;
  if (raw.trim() === '1') return true;
  problems.push({ param: 'embed', value: raw, reason: 'not-embed' });
  return false;
}

/** Longest actor name kept from a URL (SPEC §1's limit for strings). */
const MAX_ACTOR = 1000;

/** Kept as written, spaces included: a dataset may name an organisation `" KOICA"`. */
function parseActor(raw: string | null): string | null {
  return raw === null || raw.trim() === '' ? null : raw.slice(0, MAX_ACTOR);
}

const VIEWS: readonly AtlasView[] = ['map', 'table'];
const THEMES: readonly Theme[] = ['light', 'dark'];

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
      types: parseEnumList<ActivityType>(params.get('types'), ACTIVITY_TYPES, 'types', problems),
      status: parseEnumList<ActivityStatus>(
        params.get('status'),
        ACTIVITY_STATUSES,
        'status',
        problems,
      ),
      actor: parseActor(params.get('actor')),
      country: countryValue,
      lang: langValue,
      compare: parsePeriod(params.get('compare'), problems),
      view: parseChoice(params.get('view'), VIEWS, 'view', problems) ?? 'map',
      theme: parseChoice(params.get('theme'), THEMES, 'theme', problems),
      embed: parseEmbed(params.get('embed'), problems),
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
  /** Activity types present in the dataset; absent = every type is accepted. */
  readonly typeIds?: readonly ActivityType[];
  /** Every organisation an activity names; absent = any actor is accepted. */
  readonly actors?: ReadonlySet<string>;
}

function keepTypes(
  types: readonly ActivityType[] | null,
  present: readonly ActivityType[] | undefined,
  problems: UrlProblem[],
): readonly ActivityType[] | null {
  if (types === null || present === undefined) return types;
  for (const id of types)
    if (!present.includes(id)) problems.push({ param: 'types', value: id, reason: 'unknown-type' });
  const kept = present.filter((id) => types.includes(id));
  if (kept.length === 0 && types.length > 0) return null;
  return kept.length === present.length ? null : kept;
}

function keepPeriod(
  period: YearPeriod | null,
  span: UrlContext['yearSpan'],
  problems: UrlProblem[],
): YearPeriod | null {
  if (period === null) return null;
  if (period.to < span.min || period.from > span.max) {
    const value = `${period.from}-${period.to}`;
    problems.push({ param: 'compare', value, reason: 'out-of-range' });
    return null;
  }
  return { from: Math.max(span.min, period.from), to: Math.min(span.max, period.to) };
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
  let actor = state.actor;
  if (actor !== null && ctx.actors !== undefined && !ctx.actors.has(actor)) {
    problems.push({ param: 'actor', value: actor, reason: 'unknown-actor' });
    actor = null;
  }
  return {
    state: {
      ...state,
      from,
      to,
      sectors: keepKnown(state.sectors, ctx.sectorIds, 'sectors', problems),
      regions: keepKnown(state.regions, ctx.regionIds, 'regions', problems),
      types: keepTypes(state.types, ctx.typeIds, problems),
      actor,
      country,
      compare: keepPeriod(state.compare, ctx.yearSpan, problems),
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
    types: s.types === null ? undefined : s.types.join(','),
    status: s.status === null ? undefined : s.status.join(','),
    actor: s.actor ?? undefined,
    country: s.country ?? undefined,
    lang: s.lang === 'en' ? undefined : s.lang,
    compare: s.compare === null ? undefined : `${s.compare.from}-${s.compare.to}`,
    view: s.view === 'map' ? undefined : s.view,
    theme: s.theme ?? undefined,
    embed: s.embed ? '1' : undefined,
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
    types: s.types,
    status: s.status,
    actor: s.actor,
    country: s.country,
    lang: s.lang,
    compare: s.compare,
    view: s.view,
    theme: s.theme,
    embed: s.embed,
  };
}
