import { endsBefore, isPartialDate } from './dateForms';
import type { Problems } from './problems';
import {
  type Json,
  notBlank,
  kebabCase,
  pathOf,
  readLocalized,
  readObject,
  readOneOf,
  readString,
  readStringList,
  type StringRule,
} from './read';
import { show } from './show';
import {
  ACTIVITY_STATUSES,
  ACTIVITY_TYPES,
  type Activity,
  type Actors,
  type Amount,
} from './types';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The dataset's ids that activities may refer to. */
export interface Refs {
  readonly isPartner: (code: string) => boolean;
  readonly isSector: (id: string) => boolean;
  readonly isSource: (id: string) => boolean;
}

/** Checks activities of one dataset: `check(problems, obj, at)`. */
export type ActivityCheck = (problems: Problems, raw: Json, at: string) => Activity | undefined;

/** Rejects strings that are not a date of the form `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
const partialDate: StringRule = (s) =>
  isPartialDate(s) ? undefined : `${show(s)} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD`;

function readActors(problems: Problems, raw: Json, at: string): Actors | undefined {
  const obj = readObject(problems, raw, at, 'actors');
  if (!obj) return undefined;
  const path = pathOf(at, 'actors');
  const korea = readStringList(problems, obj, path, 'korea', notBlank);
  const partner = readStringList(problems, obj, path, 'partner', notBlank);
  return korea && partner ? { korea, partner } : undefined;
}

const CURRENCY = /^[A-Z]{3}$/;

/** The optional `amount`: `{value ≥ 0, currency: ISO 4217}`; undefined when absent or bad. */
function readAmount(problems: Problems, raw: Json, at: string): Amount | undefined {
  if (raw.amount === undefined) return undefined;
  const obj = readObject(problems, raw, at, 'amount');
  if (!obj) return undefined;
  const path = pathOf(at, 'amount');
  const value = obj.value;
  const ok = typeof value === 'number' && Number.isFinite(value) && value >= 0;
  if (!ok) problems.add(pathOf(path, 'value'), 'must be a number ≥ 0');
  const currency = readString(problems, obj, path, 'currency', (s) =>
    CURRENCY.test(s) ? undefined : `${show(s)} is not an ISO 4217 currency code`,
  );
  return ok && currency !== undefined ? { value, currency } : undefined;
}

/**
 * Builds the check for the activities of a dataset whose ids are `refs`: it reports each problem
 * of one activity (SPEC §1, references included) below the activity's path and returns it typed,
 * with `status` defaulted to `done` and unknown fields dropped.
 */
export function activityCheck(refs: Refs): ActivityCheck {
  const knownPartner: StringRule = (s) =>
    refs.isPartner(s) ? undefined : `${show(s)} is not an ISO 3166-1 alpha-3 code or a group id`;
  const knownSector: StringRule = (s) =>
    refs.isSector(s) ? undefined : `${show(s)} is not a sector id`;
  const knownSource: StringRule = (s) =>
    s.trim() === ''
      ? 'must not be empty'
      : refs.isSource(s)
        ? undefined
        : `${show(s)} is not a source id`;

  return (problems, raw, at) => {
    const before = problems.found;
    const id = readString(problems, raw, at, 'id', kebabCase);
    const title = readLocalized(problems, raw, at, 'title');
    const type = readOneOf(problems, raw, at, 'type', ACTIVITY_TYPES);
    const status =
      raw.status === undefined ? 'done' : readOneOf(problems, raw, at, 'status', ACTIVITY_STATUSES);
    const date = readString(problems, raw, at, 'date', partialDate);
    const end = readString(problems, raw, at, 'end', partialDate, true);
    if (date !== undefined && end !== undefined && endsBefore(date, end)) {
      problems.add(pathOf(at, 'end'), 'ends before it starts');
    }
    const dateNote = readString(problems, raw, at, 'dateNote', notBlank, true);
    const partners = readStringList(problems, raw, at, 'partners', knownPartner, 'partner');
    const sectors = readStringList(problems, raw, at, 'sectors', knownSector, 'sector');
    const actors = readActors(problems, raw, at);
    const source = readString(problems, raw, at, 'source', knownSource);
    const quote = readString(problems, raw, at, 'quote');
    const amount = readAmount(problems, raw, at);

    // Stryker disable all: equivalent mutants. A bad field always adds a problem, and the dataset
    // is refused whenever there is one, so these checks only narrow the types for TypeScript.
    if (
      problems.found !== before ||
      id === undefined ||
      title === undefined ||
      type === undefined ||
      status === undefined ||
      date === undefined ||
      partners === undefined ||
      sectors === undefined ||
      actors === undefined ||
      source === undefined ||
      quote === undefined
    ) {
      return undefined;
    }
    // Stryker restore all
    const activity: Mutable<Activity> = {
      id,
      title,
      type,
      status,
      date,
      partners,
      sectors,
      actors,
      source,
      quote,
    };
    // Assigned rather than spread: object spread is ~10× slower, which shows at 100 000 activities.
    if (end !== undefined) activity.end = end;
    if (dateNote !== undefined) activity.dateNote = dateNote;
    if (amount !== undefined) activity.amount = amount;
    return activity;
  };
}
