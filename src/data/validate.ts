import { activityCheck, type Refs } from './activityCheck';
import { isKnownIso3 } from './countries';
import { isDayDate } from './dateForms';
import { MAX_PROBLEMS, Problems } from './problems';
import {
  isJson,
  type Json,
  kebabCase,
  notBlank,
  readLocalized,
  readOneOf,
  readString,
  readStringList,
  type StringRule,
} from './read';
import { show } from './show';
import { checkActivityCount, checkLengths } from './validateLimits';
import { isDataPath, isHttpUrl } from './validateLinks';
import { SOURCE_KINDS, type Group, type LoadResult, type Sector, type Source } from './types';

export { MAX_PROBLEMS };

function rawList(root: Json, key: string): readonly unknown[] {
  const list = root[key];
  return Array.isArray(list) ? list : [];
}

function idOf(item: unknown): string | undefined {
  return isJson(item) && typeof item.id === 'string' ? item.id : undefined;
}

/** Every string id in the list, valid or not, so one bad item doesn't cascade into others. */
function idsOf(items: readonly unknown[]): ReadonlySet<string> {
  const ids = new Set<string>();
  for (const item of items) {
    const id = idOf(item);
    // Equivalent mutant: undefined is never looked up.
    // Stryker disable next-line ConditionalExpression
    if (id !== undefined) ids.add(id);
  }
  return ids;
}

/**
 * Checks each item of `root[key]` with `check` and that ids are unique; returns the items that
 * passed. Stops once the problem list is full.
 */
function checkItems<T>(
  problems: Problems,
  root: Json,
  key: string,
  check: (problems: Problems, obj: Json, at: string) => T | undefined,
): T[] {
  const valid: T[] = [];
  const seen = new Set<string>();
  const items = rawList(root, key);
  for (let i = 0; i < items.length && !problems.full; i++) {
    const raw = items[i];
    const at = `${key}[${i}]`;
    if (isJson(raw)) {
      const checked = check(problems, raw, at);
      // Equivalent mutant: an item that fails adds a problem, which refuses the dataset.
      // Stryker disable next-line ConditionalExpression
      if (checked !== undefined) valid.push(checked);
    } else {
      problems.add(at, 'must be an object');
    }
    checkLengths(problems, raw, key, i);
    const id = idOf(raw);
    if (id === undefined) continue;
    if (seen.has(id)) problems.add(`${at}.id`, `duplicate id ${show(id)}`);
    seen.add(id);
  }
  return valid;
}

const country: StringRule = (s) =>
  isKnownIso3(s) ? undefined : `${show(s)} is not an ISO 3166-1 alpha-3 code`;

const groupId: StringRule = (s) =>
  isKnownIso3(s) ? `${show(s)} is a country code and cannot be a group id` : notBlank(s);

const dayDate: StringRule = (s) =>
  isDayDate(s) ? undefined : `${show(s)} is not a date of the form YYYY-MM-DD`;

const relativeFile: StringRule = (s) =>
  isDataPath(s) ? undefined : `${show(s)} is not a relative path under data/`;

const httpUrl: StringRule = (s) => (isHttpUrl(s) ? undefined : `${show(s)} is not an http(s) URL`);

function checkSector(problems: Problems, obj: Json, at: string): Sector | undefined {
  const id = readString(problems, obj, at, 'id', kebabCase);
  const label = readLocalized(problems, obj, at, 'label');
  // Equivalent mutants: a bad field adds a problem, which refuses the dataset; types only.
  // Stryker disable next-line all
  return id !== undefined && label !== undefined ? { id, label } : undefined;
}

function checkGroup(problems: Problems, obj: Json, at: string): Group | undefined {
  const id = readString(problems, obj, at, 'id', groupId);
  const name = readLocalized(problems, obj, at, 'name');
  const members = readStringList(problems, obj, at, 'members', country, 'member');
  // Equivalent mutants: a bad field adds a problem, which refuses the dataset; types only.
  // Stryker disable next-line all
  return id !== undefined && name && members ? { id, name, members } : undefined;
}

function checkSource(problems: Problems, obj: Json, at: string): Source | undefined {
  const id = readString(problems, obj, at, 'id');
  const title = readString(problems, obj, at, 'title');
  const publisher = readString(problems, obj, at, 'publisher');
  const published = readString(problems, obj, at, 'published', dayDate);
  const file = readString(problems, obj, at, 'file', relativeFile, true);
  const url = readString(problems, obj, at, 'url', httpUrl, true);
  const kind =
    obj.kind === undefined ? undefined : readOneOf(problems, obj, at, 'kind', SOURCE_KINDS);
  // Equivalent mutants: a bad field adds a problem, which refuses the dataset; types only.
  // Stryker disable next-line all
  if (!id || !title || !publisher || !published) return undefined;
  // Equivalent mutants: a key holding undefined reads as an absent one everywhere.
  // Stryker disable ConditionalExpression
  return {
    id,
    title,
    publisher,
    published,
    ...(file === undefined ? {} : { file }),
    ...(url === undefined ? {} : { url }),
    ...(kind === undefined ? {} : { kind }),
  };
  // Stryker restore ConditionalExpression
}

/** The lists of a dataset, whose items are checked one by one. */
const LISTS = ['sectors', 'groups', 'sources', 'activities'];

function checkTop(problems: Problems, input: Json): void {
  const version = input.schemaVersion;
  if (version === undefined) problems.add('schemaVersion', 'is required');
  else if (version !== 1) problems.add('schemaVersion', `must be 1, not ${show(version)}`);
  for (const key of LISTS) {
    const list = input[key];
    if (list === undefined) problems.add(key, 'is required');
    else if (!Array.isArray(list)) problems.add(key, 'must be an array');
    else if (key === 'activities' && list.length === 0) {
      problems.add(key, 'must have at least one activity');
    }
  }
}

/**
 * Checks `input` against every rule of the dataset format (SPEC §1) and returns the typed dataset,
 * with `status` filled in and unknown fields dropped, or the problems found (the first
 * `MAX_PROBLEMS`), each with its JSON path. Never throws.
 */
export function validateDataset(input: unknown): LoadResult {
  if (!isJson(input)) {
    const message = `The dataset must be a JSON object, not ${show(input)}`;
    return { ok: false, kind: 'invalid', problems: [{ path: '', message }] };
  }
  const problems = new Problems();
  checkTop(problems, input);
  const title = readLocalized(problems, input, '', 'title');
  const home = readString(problems, input, '', 'home', country);
  for (const key of Object.keys(input)) {
    if (!LISTS.includes(key)) checkLengths(problems, input[key], '', key);
  }

  const groupIds = idsOf(rawList(input, 'groups'));
  const sectorIds = idsOf(rawList(input, 'sectors'));
  const sourceIds = idsOf(rawList(input, 'sources'));
  const refs: Refs = {
    isPartner: (code) => isKnownIso3(code) || groupIds.has(code),
    isSector: (id) => sectorIds.has(id),
    isSource: (id) => sourceIds.has(id),
  };
  const sectors = checkItems(problems, input, 'sectors', checkSector);
  const groups = checkItems(problems, input, 'groups', checkGroup);
  const sources = checkItems(problems, input, 'sources', checkSource);
  // Past the limit the dataset is refused whatever its activities say: not worth checking each.
  const activities = checkActivityCount(problems, input.activities)
    ? checkItems(problems, input, 'activities', activityCheck(refs))
    : // Stryker disable next-line ArrayDeclaration: equivalent, the dataset is refused.
      [];

  // Equivalent mutants for title and home: either missing adds a problem; types only.
  // Stryker disable next-line ConditionalExpression
  if (problems.found > 0 || title === undefined || home === undefined) {
    return { ok: false, kind: 'invalid', problems: problems.list };
  }
  return {
    ok: true,
    dataset: { schemaVersion: 1, title, home, sectors, groups, sources, activities },
  };
}
