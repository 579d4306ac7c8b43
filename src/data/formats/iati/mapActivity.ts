import { isDayDate } from '../../dateForms';
import { COUNTRIES, ISO3_BY_ISO2 } from '../../countries';
import type { Amount, Iso3 } from '../../types';
import codelists from './codelists.generated.json';
import { attr, child, children, narratives, textOf, type XNode } from './xmlTree';
import type { SkipReason } from '../report';

const IATI_COUNTRIES = new Set(codelists.countries);
const CATEGORIES: Readonly<Record<string, string>> = codelists.sectorCategories;

/** The sector given to an activity whose codes name no known DAC category. */
export const OTHER_SECTOR = { code: 'other', label: 'Other / unspecified' } as const;

/** One IATI activity, mapped (SPEC §2) but not yet given dataset ids. */
export interface IatiActivity {
  readonly identifier: string;
  readonly title: { en: string; ko?: string };
  readonly status: 'done' | 'planned';
  readonly date: string;
  readonly end?: string;
  readonly endDropped: boolean;
  readonly partners: Iso3[];
  /** DAC 3-digit categories (`121`), or `other`. */
  readonly categories: string[];
  readonly actors: { korea: string[]; partner: string[] };
  readonly amount?: Amount;
  readonly quote: string;
  readonly reportingOrg: string | undefined;
}

export type Mapped =
  | { readonly ok: true; readonly activity: IatiActivity }
  | {
      readonly ok: false;
      readonly reason: SkipReason;
      readonly identifier: string;
      readonly title: string;
    };

/**
 * The narrative for the English side: the `en` one (any case) when there is one, else the first
 * that is not Korean. Why not simply the first: Canada's files give French before English, and an
 * English page would show French titles for projects that have English ones.
 */
function englishOf(all: readonly { lang: string; text: string }[]): string | undefined {
  return (all.find((n) => n.lang === 'en') ?? all.find((n) => n.lang !== 'ko'))?.text;
}

/** `title/narrative`: `ko` (any case) into `ko`, the English one (or else the first) into `en`. */
function titleOf(node: XNode, identifier: string): { en: string; ko?: string } {
  const all = narratives(child(node, 'title'));
  const ko = all.find((n) => n.lang === 'ko')?.text;
  const en = englishOf(all) ?? ko ?? identifier;
  return ko === undefined ? { en } : { en, ko };
}

/** The `iso-date` of the first `activity-date` of `type` (its first 10 characters, a real day). */
function dateOf(node: XNode, type: string): string | undefined {
  for (const d of children(node, 'activity-date')) {
    if (attr(d, 'type') !== type) continue;
    const iso = attr(d, 'iso-date')?.slice(0, 10);
    if (iso !== undefined && isDayDate(iso)) return iso;
  }
  return undefined;
}

/** Recipient countries as ISO3: activity level, else the transactions'; each once, home never. */
function partnersOf(node: XNode, home: Iso3): Iso3[] {
  const codes = (nodes: XNode[]) =>
    nodes.flatMap((n) =>
      children(n, 'recipient-country').map((c) => attr(c, 'code')?.toUpperCase() ?? ''),
    );
  let raw = codes([node]);
  if (raw.length === 0) raw = codes(children(node, 'transaction'));
  const out: Iso3[] = [];
  for (const code of raw) {
    const iso3 = IATI_COUNTRIES.has(code) ? ISO3_BY_ISO2.get(code) : undefined;
    if (iso3 !== undefined && iso3 !== home && COUNTRIES.has(iso3) && !out.includes(iso3))
      out.push(iso3);
  }
  return out;
}

/** DAC categories of vocabulary 1 (or none given) and 2 sectors; `other` when none is known. */
function categoriesOf(node: XNode): string[] {
  let sectors = children(node, 'sector');
  if (sectors.length === 0)
    sectors = children(node, 'transaction').flatMap((t) => children(t, 'sector'));
  const out: string[] = [];
  for (const s of sectors) {
    const vocabulary = attr(s, 'vocabulary') ?? '1';
    const code = attr(s, 'code') ?? '';
    const category = vocabulary === '1' ? code.slice(0, 3) : vocabulary === '2' ? code : '';
    if (category in CATEGORIES && !out.includes(category)) out.push(category);
  }
  return out.length > 0 ? out : [OTHER_SECTOR.code];
}

/** Role 1–3 organisations on the home side, role 4 on the partner side unless already home. */
function actorsOf(node: XNode): { korea: string[]; partner: string[] } {
  const korea: string[] = [];
  const partner: string[] = [];
  for (const org of children(node, 'participating-org')) {
    const name = narratives(org)[0]?.text ?? attr(org, 'ref');
    const role = attr(org, 'role');
    if (name === undefined) continue;
    if ((role === '1' || role === '2' || role === '3') && !korea.includes(name)) korea.push(name);
  }
  for (const org of children(node, 'participating-org')) {
    const name = narratives(org)[0]?.text ?? attr(org, 'ref');
    if (
      name !== undefined &&
      attr(org, 'role') === '4' &&
      !korea.includes(name) &&
      !partner.includes(name)
    )
      partner.push(name);
  }
  return { korea, partner };
}

/** The sum of commitments (transaction type 2) when they share one currency and it is ≥ 0. */
function amountOf(node: XNode): Amount | undefined {
  const fallback = attr(node, 'default-currency');
  let currency: string | undefined;
  let sum = 0;
  let any = false;
  for (const t of children(node, 'transaction')) {
    if (attr(child(t, 'transaction-type'), 'code') !== '2') continue;
    const value = child(t, 'value');
    const c = (attr(value, 'currency') ?? fallback)?.toUpperCase();
    const v = Number(textOf(value));
    if (c === undefined || !/^[A-Z]{3}$/.test(c) || !Number.isFinite(v)) return undefined;
    if (currency !== undefined && c !== currency) return undefined;
    currency = c;
    sum += v;
    any = true;
  }
  return any && currency !== undefined && sum >= 0 ? { value: sum, currency } : undefined;
}

/** Maps one `iati-activity` (SPEC §2), or says why it is skipped. `today` is `YYYY-MM-DD`. */
export function mapActivity(node: XNode, home: Iso3, today: string): Mapped {
  const identifier = textOf(child(node, 'iati-identifier'));
  const title = titleOf(node, identifier);
  const skip = (reason: SkipReason): Mapped => ({ ok: false, reason, identifier, title: title.en });
  const statusCode = attr(child(node, 'activity-status'), 'code');
  if (statusCode === '5') return skip('cancelled');
  const partners = partnersOf(node, home);
  if (partners.length === 0) return skip('no-country');
  const start = dateOf(node, '2') ?? dateOf(node, '1');
  const finish = dateOf(node, '4') ?? dateOf(node, '3');
  const date = start ?? finish;
  if (date === undefined) return skip('no-date');
  const endDropped = start !== undefined && finish !== undefined && finish < start;
  const end = start !== undefined && finish !== undefined && !endDropped ? finish : undefined;
  // The first description with any text, in English when it has an English narrative.
  const described = children(node, 'description')
    .map((d) => narratives(d))
    .find((n) => n.length > 0);
  const amount = amountOf(node);
  const activity: IatiActivity = {
    identifier,
    title,
    status: statusCode === '1' || date > today ? 'planned' : 'done',
    date,
    ...(end === undefined ? {} : { end }),
    endDropped,
    partners,
    categories: categoriesOf(node),
    actors: actorsOf(node),
    ...(amount === undefined ? {} : { amount }),
    quote: (described && (englishOf(described) ?? described[0]?.text)) ?? title.en,
    reportingOrg: attr(child(node, 'reporting-org'), 'ref'),
  };
  return { ok: true, activity };
}

/** English name of a DAC category (`121` → `Health, General`), or of `other`. */
export function categoryLabel(code: string): string {
  return CATEGORIES[code] ?? OTHER_SECTOR.label;
}

/** The ISO3 country of an organisation identifier's prefix (`KR-GOV-010` → KOR), if it is one. */
export function countryOfOrg(ref: string): Iso3 | undefined {
  const prefix = ref.split('-')[0]?.toUpperCase() ?? '';
  return IATI_COUNTRIES.has(prefix) ? ISO3_BY_ISO2.get(prefix) : undefined;
}
