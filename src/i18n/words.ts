import { josa } from 'es-hangul';
import { getCountry } from '../data/countries';
import type { Lang } from '../data/lang';
import type { ActivityStatus, ActivityType, Dataset, Localized } from '../data/types';
import { formatDate } from './formatDate';
import { localize } from './lang';
import { regionLabel } from './regionNames';

/**
 * Data turned into words in one language: the one place that writes a count, a country, a date or
 * a type, so the summary, charts, partner list, tooltips, map labels, slide and CSV all say the
 * same thing the same way.
 */
export interface Words {
  readonly lang: Lang;
  /** A number with the language's thousands separators (`1,200`). */
  readonly number: (n: number) => string;
  /** `1 activity`, `1,200 activities`; Korean `활동 1,200건`. */
  readonly activities: (n: number) => string;
  /** `1 partner country`, `15 partner countries`; Korean `협력국 15개국`. */
  readonly partnerCountries: (n: number) => string;
  /** `1 source`, `5 sources`; Korean `출처 5건`. */
  readonly sources: (n: number) => string;
  /** A year range, `2015–2023` (one year alone when `from === to`); Korean adds `년`. */
  readonly years: (from: number, to: number) => string;
  /** A dataset date at its own precision (`19 April 2019`, `2019년 4월`). */
  readonly date: (date: string) => string;
  /** An activity's date, or its span when it has an end (`2019 – 2023`). */
  readonly dateSpan: (date: string, end?: string) => string;
  readonly activityType: (type: ActivityType) => string;
  readonly status: (status: ActivityStatus) => string;
  /** The country's name from the country reference, else the code itself. */
  readonly country: (iso3: string) => string;
  /** A UN M49 sub-region by id; `english` is the data's own name, used when no other is known. */
  readonly region: (id: string, english: string) => string;
  /** A dataset text in this language, falling back to English. */
  readonly text: (text: Localized) => string;
  /** Names joined as a list (`Kazakhstan, Uzbekistan`). */
  readonly list: (names: readonly string[]) => string;
  /** Reached through groups: `via ASEAN`; Korean `ASEAN 경유` (the one Korean term for it). */
  readonly via: (groups: string) => string;
  /**
   * Money as a source states it, in the language's currency format (`US$1,200,000`, `$2.50`: cents
   * only when there are any); a currency code Intl does not know is written after the number.
   */
  readonly amount: (amount: { readonly value: number; readonly currency: string }) => string;
}

/** {@link Words} that also know one dataset's groups, sectors and home country. */
export interface DatasetWords extends Words {
  /** A group's name (`ASEAN`), never its raw id unless the dataset does not know it. */
  readonly group: (id: string) => string;
  /** Group names joined as a list. */
  readonly groups: (ids: readonly string[]) => string;
  /** A sector's label, else its id. */
  readonly sector: (id: string) => string;
  /** The home country's name. */
  readonly home: string;
}

/** Activity types by language, as the filter checkboxes and details name them. */
export const ACTIVITY_TYPE_WORDS: Record<Lang, Record<ActivityType, string>> = {
  en: {
    agreement: 'Agreement',
    meeting: 'Meeting',
    forum: 'Forum',
    training: 'Training',
    export: 'Export',
    project: 'Project',
    aid: 'Aid',
    award: 'Award',
  },
  ko: {
    agreement: '협정·MOU',
    meeting: '회의',
    forum: '포럼',
    training: '연수',
    export: '수출',
    project: '사업',
    aid: '지원',
    award: '수상',
  },
};

/** Activity statuses by language, as the Status checkboxes name them. */
export const STATUS_WORDS: Record<Lang, Record<ActivityStatus, string>> = {
  en: { done: 'Done', planned: 'Planned' },
  ko: { done: '완료', planned: '예정' },
};

function make(lang: Lang): Words {
  const locale = lang === 'ko' ? 'ko-KR' : 'en-US';
  const numbers = new Intl.NumberFormat(locale);
  const number = (n: number): string => numbers.format(n);
  const text = (t: Localized): string => localize(t, lang);
  const date = (d: string): string => formatDate(d, lang);
  const shared = {
    lang,
    number,
    date,
    dateSpan: (d: string, end?: string) => (end ? `${date(d)} – ${date(end)}` : date(d)),
    activityType: (type: ActivityType) => ACTIVITY_TYPE_WORDS[lang][type],
    status: (status: ActivityStatus) => STATUS_WORDS[lang][status],
    country: (iso3: string) => {
      const c = getCountry(iso3);
      return c ? text(c.name) : iso3;
    },
    region: (id: string, english: string) => regionLabel(id, english, lang),
    text,
    list: (names: readonly string[]) => names.join(', '),
    amount: ({ value, currency }: { value: number; currency: string }) => {
      try {
        return new Intl.NumberFormat(locale, {
          style: 'currency',
          currency,
          trailingZeroDisplay: 'stripIfInteger',
        }).format(value);
      } catch {
        return `${number(value)} ${currency}`;
      }
    },
  };
  return lang === 'ko'
    ? {
        ...shared,
        activities: (n) => `활동 ${number(n)}건`,
        partnerCountries: (n) => `협력국 ${number(n)}개국`,
        sources: (n) => `출처 ${number(n)}건`,
        years: (from, to) => (from === to ? `${from}년` : `${from}–${to}년`),
        via: (groups) => `${groups} 경유`,
      }
    : {
        ...shared,
        activities: (n) => (n === 1 ? '1 activity' : `${number(n)} activities`),
        partnerCountries: (n) => `${number(n)} partner ${n === 1 ? 'country' : 'countries'}`,
        sources: (n) => `${number(n)} ${n === 1 ? 'source' : 'sources'}`,
        years: (from, to) => (from === to ? `${from}` : `${from}–${to}`),
        via: (groups) => `via ${groups}`,
      };
}

const BY_LANG: Record<Lang, Words> = { en: make('en'), ko: make('ko') };

/** The words of `lang`. */
export function words(lang: Lang): Words {
  return BY_LANG[lang];
}

type DatasetPart = Pick<Dataset, 'groups' | 'sectors' | 'home'>;
const byDataset = new WeakMap<DatasetPart, Partial<Record<Lang, DatasetWords>>>();

/** The words of `lang` for `dataset`; made once per dataset and language. */
export function datasetWords(dataset: DatasetPart, lang: Lang): DatasetWords {
  const cached = byDataset.get(dataset) ?? {};
  const hit = cached[lang];
  if (hit) return hit;
  const w = words(lang);
  const groupNames = new Map(dataset.groups.map((g) => [g.id, w.text(g.name)]));
  const sectorNames = new Map(dataset.sectors.map((s) => [s.id, w.text(s.label)]));
  const group = (id: string): string => groupNames.get(id) ?? id;
  const made: DatasetWords = {
    ...w,
    group,
    groups: (ids) => w.list(ids.map(group)),
    sector: (id) => sectorNames.get(id) ?? id,
    home: w.country(dataset.home),
  };
  byDataset.set(dataset, { ...cached, [lang]: made });
  return made;
}

/** Korean particles chosen by es-hangul for the word's last sound, never both forms in brackets. */
export type Particle = '이/가' | '을/를' | '은/는' | '와/과' | '으로/로';

/** `word` followed by the particle that fits it (`투르크메니스탄이`, `라오스가`, `베트남과`). */
export function withParticle(word: string, particle: Particle): string {
  return josa(word, particle);
}
