import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { COUNTRIES } from '../../src/data/countries';
import { ACTIVITY_STATUSES, ACTIVITY_TYPES } from '../../src/data/types';
import type { Dataset } from '../../src/data/types';

const dataDir = new URL('../../data/', import.meta.url);
const dataset = JSON.parse(readFileSync(new URL('cooperation.json', dataDir), 'utf8')) as Dataset;

/** Collapses every run of whitespace (including no-break spaces) to one space. */
function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function duplicates(values: readonly string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** True when `value` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` and names a real calendar date. */
function isValidDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const date = new Date(Date.UTC(y!, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Earliest day a date of any precision can mean, for ordering `date` and `end`. */
function startOf(value: string): string {
  return value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value;
}

describe('the bundled dataset (data/cooperation.json)', () => {
  it('declares schema version 1, South Korea as home and at least one activity', () => {
    expect(dataset.schemaVersion).toBe(1);
    expect(dataset.home).toBe('KOR');
    expect(dataset.title.en.length).toBeGreaterThan(0);
    expect(dataset.activities.length).toBeGreaterThan(0);
  });

  it('gives every activity, source and sector a unique id', () => {
    expect(duplicates(dataset.activities.map((a) => a.id))).toEqual([]);
    expect(duplicates(dataset.sources.map((s) => s.id))).toEqual([]);
    expect(duplicates(dataset.sectors.map((s) => s.id))).toEqual([]);
    expect(duplicates(dataset.groups.map((g) => g.id))).toEqual([]);
  });

  it('uses kebab-case ids for activities and sectors', () => {
    const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;
    const bad = [...dataset.activities, ...dataset.sectors]
      .map((x) => x.id)
      .filter((id) => !kebab.test(id));
    expect(bad).toEqual([]);
  });

  it('gives every source a full publication date and a text file that exists under data/', () => {
    const problems = dataset.sources.flatMap((s) => {
      const out: string[] = [];
      if (!/^\d{4}-\d{2}-\d{2}$/.test(s.published) || !isValidDate(s.published)) {
        out.push(`${s.id}: published "${s.published}"`);
      }
      const file = s.file ?? '';
      if (file.split('/').includes('..') || !existsSync(new URL(file, dataDir))) {
        out.push(`${s.id}: file "${file}" is missing`);
      }
      return out;
    });
    expect(problems).toEqual([]);
  });

  it('refers every activity to a source that exists', () => {
    const sourceIds = new Set(dataset.sources.map((s) => s.id));
    const bad = dataset.activities.filter((a) => !sourceIds.has(a.source)).map((a) => a.id);
    expect(bad).toEqual([]);
  });

  it('quotes every activity verbatim from its source text, up to whitespace', () => {
    const texts = new Map(
      dataset.sources.map((s) => [
        s.id,
        collapse(readFileSync(new URL(s.file ?? '', dataDir), 'utf8')),
      ]),
    );
    const bad = dataset.activities
      .filter((a) => {
        const quote = collapse(a.quote);
        return quote.length === 0 || !(texts.get(a.source) ?? '').includes(quote);
      })
      .map((a) => a.id);
    expect(bad).toEqual([]);
  });

  it('dates every activity as YYYY, YYYY-MM or YYYY-MM-DD and never ends before it starts', () => {
    const bad = dataset.activities
      .filter(
        (a) =>
          !isValidDate(a.date) ||
          (a.end !== undefined && (!isValidDate(a.end) || startOf(a.end) < startOf(a.date))),
      )
      .map((a) => `${a.id}: ${a.date}${a.end ? ` to ${a.end}` : ''}`);
    expect(bad).toEqual([]);
  });

  it('makes every date note, where present, a non-empty explanation', () => {
    const bad = dataset.activities
      .filter(
        (a) =>
          a.dateNote !== undefined && (typeof a.dateNote !== 'string' || a.dateNote.trim() === ''),
      )
      .map((a) => a.id);
    expect(bad).toEqual([]);
  });

  it('uses only the allowed activity types and statuses', () => {
    const types: readonly string[] = ACTIVITY_TYPES;
    const statuses: readonly string[] = ACTIVITY_STATUSES;
    const bad = dataset.activities
      .filter((a) => !types.includes(a.type) || !statuses.includes(a.status))
      .map((a) => a.id);
    expect(bad).toEqual([]);
  });

  it('names as partners only known ISO3 codes or group ids, at least one per activity', () => {
    const groupIds = new Set(dataset.groups.map((g) => g.id));
    const bad = dataset.activities
      .filter(
        (a) =>
          a.partners.length === 0 ||
          a.partners.some((p) => p === dataset.home || (!COUNTRIES.has(p) && !groupIds.has(p))),
      )
      .map((a) => a.id);
    expect(bad).toEqual([]);
  });

  it('makes every group member a known ISO3 code', () => {
    const bad = dataset.groups.flatMap((g) => g.members.filter((m) => !COUNTRIES.has(m)));
    expect(bad).toEqual([]);
  });

  it('tags every activity with at least one sector from the taxonomy', () => {
    const sectorIds = new Set(dataset.sectors.map((s) => s.id));
    const bad = dataset.activities
      .filter((a) => a.sectors.length === 0 || a.sectors.some((s) => !sectorIds.has(s)))
      .map((a) => a.id);
    expect(bad).toEqual([]);
  });

  it('gives every activity an English and a Korean title', () => {
    const bad = dataset.activities
      .filter((a) => a.title.en.trim() === '' || (a.title.ko ?? '').trim() === '')
      .map((a) => a.id);
    expect(bad).toEqual([]);
  });
});
