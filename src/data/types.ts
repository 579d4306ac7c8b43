/** A string in English, optionally in Korean; the UI falls back to `en`. */
export interface Localized {
  readonly en: string;
  readonly ko?: string;
}

export const ACTIVITY_TYPES = [
  'agreement',
  'meeting',
  'forum',
  'training',
  'export',
  'project',
  'aid',
  'award',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export const ACTIVITY_STATUSES = ['done', 'planned'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

/** ISO 3166-1 alpha-3 code, upper case (`"KAZ"`). */
export type Iso3 = string;

export interface Sector {
  /** kebab-case, unique within the dataset. */
  readonly id: string;
  readonly label: Localized;
}

/** A regional organisation; a partner that names it counts for each member. */
export interface Group {
  readonly id: string;
  readonly name: Localized;
  readonly members: readonly Iso3[];
}

export interface Source {
  readonly id: string;
  readonly title: string;
  readonly publisher: string;
  /** `YYYY-MM-DD`. */
  readonly published: string;
  /** Path under `data/` to the source's full text; absent for sources read from IATI or a spreadsheet. */
  readonly file?: string;
  readonly url?: string;
  readonly kind?: SourceKind;
}

export const SOURCE_KINDS = [
  'government',
  'agency',
  'media',
  'ngo',
  'multilateral',
  'dataset',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Money committed, as the source states it. */
export interface Amount {
  /** ≥ 0. */
  readonly value: number;
  /** ISO 4217 code, upper case (`"KRW"`). */
  readonly currency: string;
}

export interface Actors {
  readonly korea: readonly string[];
  readonly partner: readonly string[];
}

export interface Activity {
  readonly id: string;
  readonly title: Localized;
  readonly type: ActivityType;
  /** @defaultValue `'done'` */
  readonly status: ActivityStatus;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: as precise as the source allows. */
  readonly date: string;
  readonly end?: string;
  /** How an inferred date was inferred. */
  readonly dateNote?: string;
  /** ISO3 codes and group ids. */
  readonly partners: readonly string[];
  readonly sectors: readonly string[];
  readonly actors: Actors;
  readonly source: string;
  /** Verbatim sentence(s) from the source that state the fact. */
  readonly quote: string;
  readonly amount?: Amount;
}

export interface Dataset {
  readonly schemaVersion: 1;
  readonly title: Localized;
  readonly home: Iso3;
  readonly sectors: readonly Sector[];
  readonly groups: readonly Group[];
  readonly sources: readonly Source[];
  readonly activities: readonly Activity[];
}

/** One validation problem: a JSON path (`activities[3].partners[0]`) and the reason. */
export interface Problem {
  readonly path: string;
  readonly message: string;
}

export type LoadResult =
  | { readonly ok: true; readonly dataset: Dataset }
  | {
      readonly ok: false;
      readonly kind: 'not-json' | 'invalid';
      readonly problems: readonly Problem[];
    };
