import type { Problems } from './problems';
import { isJson, pathOf } from './read';

/** Longest title or name (SPEC §1), in characters. */
export const MAX_TITLE_LENGTH = 300;
/** Longest quote (SPEC §1), in characters. */
export const MAX_QUOTE_LENGTH = 5_000;
/** Longest of any other string (SPEC §1), in characters. */
export const MAX_STRING_LENGTH = 1_000;
/** Most activities in one dataset (SPEC §1). */
export const MAX_ACTIVITIES = 1_000_000;

/**
 * Below this depth nothing is looked at: the format's strings sit at most five levels down
 * (`activities[0].actors.korea[0]`), and a bound keeps a maliciously deep file from overflowing
 * the stack. Deeper values belong to unknown fields, which validation drops anyway.
 */
const MAX_DEPTH = 16;

/** The limit of the strings under `key`: titles and names (with their `en`/`ko`), quotes. */
function limitOf(key: string | number, inherited: number): number {
  if (key === 'title' || key === 'name') return MAX_TITLE_LENGTH;
  if (key === 'quote') return MAX_QUOTE_LENGTH;
  return inherited;
}

const PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/** Characters as Unicode code points: a surrogate pair (an emoji, a rare Hanja) counts once. */
function codePoints(s: string): number {
  return s.length - (s.match(PAIR)?.length ?? 0);
}

/** `12345` → `"12,345"`, as in the other messages, whatever the machine's locale. */
function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** The path of `key` inside `at`: `activities[3]` + `2` → `activities[3][2]`, + `id` → `….id`. */
function childPath(at: string, key: string | number): string {
  return typeof key === 'number' ? `${at}[${key}]` : pathOf(at, key);
}

/**
 * Checks `value`, found under `key` of the container at `at`. The path is built only for
 * containers and offending strings: most values are short strings, and 100 000 activities hold
 * millions of them.
 */
function walk(
  problems: Problems,
  value: unknown,
  at: string,
  key: string | number,
  limit: number,
  depth: number,
): void {
  if (typeof value === 'string') {
    // Cheap test first: a string is never longer in characters than in UTF-16 units.
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, a shortcut.
    if (value.length <= limit) return;
    const length = codePoints(value);
    if (length <= limit) return;
    problems.add(
      childPath(at, key),
      `is ${grouped(length)} characters long; at most ${grouped(limit)} allowed`,
    );
  } else if (depth < MAX_DEPTH && Array.isArray(value)) {
    const path = childPath(at, key);
    // Stryker disable next-line EqualityOperator: equivalent, value[length] is undefined.
    for (let i = 0; i < value.length; i++) walk(problems, value[i], path, i, limit, depth + 1);
  } else if (depth < MAX_DEPTH && isJson(value)) {
    const path = childPath(at, key);
    for (const k of Object.keys(value))
      walk(problems, value[k], path, k, limitOf(k, limit), depth + 1);
  }
}

/**
 * Reports each string in `value` (found under `key` of the container at path `at`) that is longer
 * than SPEC §1 allows, with its path: titles and names 300 characters, quotes 5,000, any other
 * string 1,000. Characters are Unicode code points, so a Korean syllable or an emoji counts once.
 */
export function checkLengths(
  problems: Problems,
  value: unknown,
  at: string,
  key: string | number,
): void {
  walk(problems, value, at, key, limitOf(key, MAX_STRING_LENGTH), 0);
}

/** Reports a list of more than `MAX_ACTIVITIES` activities; returns whether it is within. */
export function checkActivityCount(problems: Problems, activities: unknown): boolean {
  if (!Array.isArray(activities) || activities.length <= MAX_ACTIVITIES) return true;
  problems.add(
    'activities',
    `has ${grouped(activities.length)} activities; at most ${grouped(MAX_ACTIVITIES)} allowed`,
  );
  return false;
}
