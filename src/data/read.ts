import type { Problems } from './problems';
import { show } from './show';
import type { Localized } from './types';

/**
 * A parsed JSON object. The `read*` functions below read `obj[key]`, report what is wrong at the
 * field's JSON path (`at` being the object's own path) and return the value typed, or undefined
 * when it is missing or bad; for valid input they allocate little, so that validating 100 000
 * activities stays fast.
 */
export type Json = Readonly<Record<string, unknown>>;

/** Says what is wrong with a string, or undefined when it is fine. */
export type StringRule = (s: string) => string | undefined;

export function isJson(x: unknown): x is Json {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** `activities[3]` + `partners` → `activities[3].partners`. */
export function pathOf(at: string, key: string): string {
  return at === '' ? key : `${at}.${key}`;
}

function isString(x: unknown): x is string {
  return typeof x === 'string';
}

/** Rejects blank strings. */
export const notBlank: StringRule = (s) => (s.trim() === '' ? 'must not be empty' : undefined);

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Rejects ids that are not kebab-case (`health-security`). */
export const kebabCase: StringRule = (s) =>
  s === ''
    ? 'must not be empty'
    : KEBAB.test(s)
      ? undefined
      : `${show(s)} is not kebab-case (lower-case letters and digits joined by single hyphens)`;

/** A string obeying `rule` (default: not blank); `optional` lets it be absent. */
export function readString(
  problems: Problems,
  obj: Json,
  at: string,
  key: string,
  rule: StringRule = notBlank,
  optional = false,
): string | undefined {
  const value = obj[key];
  let message: string | undefined;
  if (value === undefined) message = optional ? undefined : 'is required';
  else if (typeof value !== 'string') message = 'must be a string';
  else message = rule(value);
  if (message === undefined) return typeof value === 'string' ? value : undefined;
  problems.add(pathOf(at, key), message);
  return undefined;
}

/** One of `options`. */
export function readOneOf<T extends string>(
  problems: Problems,
  obj: Json,
  at: string,
  key: string,
  options: readonly T[],
): T | undefined {
  const value = obj[key];
  for (const o of options) if (o === value) return o;
  const list = options.join(', ');
  problems.add(
    pathOf(at, key),
    value === undefined
      ? 'is required'
      : typeof value === 'string'
        ? `${show(value)} is not one of ${list}`
        : `must be one of ${list}`,
  );
  return undefined;
}

/** A nested JSON object. */
export function readObject(
  problems: Problems,
  obj: Json,
  at: string,
  key: string,
): Json | undefined {
  const value = obj[key];
  if (isJson(value)) return value;
  problems.add(pathOf(at, key), value === undefined ? 'is required' : 'must be an object');
  return undefined;
}

/** `{en, ko?}` with a non-blank `en` (and `ko`, when given). */
export function readLocalized(
  problems: Problems,
  obj: Json,
  at: string,
  key: string,
): Localized | undefined {
  const inner = readObject(problems, obj, at, key);
  if (!inner) return undefined;
  const path = pathOf(at, key);
  const en = readString(problems, inner, path, 'en');
  const ko = readString(problems, inner, path, 'ko', notBlank, true);
  if (en === undefined) return undefined;
  return ko === undefined ? { en } : { en, ko };
}

/**
 * A list of strings, each obeying `rule`; with `atLeastOne`, an empty list is reported as
 * `must have at least one <atLeastOne>`. Returns the parsed array itself, not a copy.
 */
export function readStringList(
  problems: Problems,
  obj: Json,
  at: string,
  key: string,
  rule: StringRule,
  atLeastOne?: string,
): readonly string[] | undefined {
  const value = obj[key];
  if (!Array.isArray(value)) {
    problems.add(pathOf(at, key), value === undefined ? 'is required' : 'must be an array');
    return undefined;
  }
  if (atLeastOne !== undefined && value.length === 0) {
    problems.add(pathOf(at, key), `must have at least one ${atLeastOne}`);
    return undefined;
  }
  let ok = true;
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    const message = typeof item === 'string' ? rule(item) : 'must be a string';
    if (message === undefined) continue;
    problems.add(`${pathOf(at, key)}[${i}]`, message);
    ok = false;
  }
  return ok && value.every(isString) ? value : undefined;
}
