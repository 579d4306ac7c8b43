import { describe, expect, it } from 'vitest';
import type { LoadResult, Problem } from '../../../src/data/types';
import { validateDataset } from '../../../src/data/validate';
import fixture from '../../fixtures/valid-dataset.json';

/*
 * The optional fields of an activity (SPEC §1): `amount` with its value and currency, `end` and
 * `dateNote`, and a blank source, checked through `validateDataset` as a file would be.
 */

/** The fixture with `fields` set on (or, when undefined, removed from) its first activity. */
function withFirst(fields: Record<string, unknown>): unknown {
  const d = structuredClone(fixture) as { activities: Record<string, unknown>[] };
  const merged = Object.entries({ ...d.activities[0], ...fields });
  d.activities[0] = Object.fromEntries(merged.filter(([, value]) => value !== undefined));
  return d;
}

function problemsOf(result: LoadResult): readonly Problem[] {
  return result.ok ? [] : result.problems;
}

const problems = (fields: Record<string, unknown>) =>
  problemsOf(validateDataset(withFirst(fields)));

describe('an activity’s amount', () => {
  it('keeps a value of zero or more with an ISO 4217 currency', () => {
    for (const amount of [
      { value: 0, currency: 'KRW' },
      { value: 1_500_000.5, currency: 'USD' },
    ]) {
      const result = validateDataset(withFirst({ amount }));
      expect(result.ok && result.dataset.activities[0]?.amount).toEqual(amount);
    }
  });

  it('must be an object', () => {
    expect(problems({ amount: '1,000 USD' })).toEqual([
      { path: 'activities[0].amount', message: 'must be an object' },
    ]);
  });

  it('must have a finite number ≥ 0 as its value', () => {
    const valueProblem = [{ path: 'activities[0].amount.value', message: 'must be a number ≥ 0' }];
    for (const value of [-1, '100', Number.POSITIVE_INFINITY, Number.NaN, undefined]) {
      expect(problems({ amount: { value, currency: 'USD' } }), String(value)).toEqual(valueProblem);
    }
  });

  it('must have a currency of three capital letters', () => {
    expect(problems({ amount: { value: 5, currency: 'usd' } })).toEqual([
      {
        path: 'activities[0].amount.currency',
        message: '"usd" is not an ISO 4217 currency code',
      },
    ]);
    expect(problems({ amount: { value: 5 } })).toEqual([
      { path: 'activities[0].amount.currency', message: 'is required' },
    ]);
  });

  it('reports a bad value and a bad currency together', () => {
    expect(problems({ amount: { value: -5, currency: 'EURO' } }).map((p) => p.path)).toEqual([
      'activities[0].amount.value',
      'activities[0].amount.currency',
    ]);
  });
});

describe('the other optional fields and the source', () => {
  it('leaves absent end, dateNote and amount absent, not undefined', () => {
    const result = validateDataset(withFirst({ end: undefined, dateNote: undefined }));
    const first = result.ok ? result.dataset.activities[0] : undefined;
    expect(first).toBeDefined();
    expect(Object.keys(first ?? {})).not.toContain('end');
    expect(Object.keys(first ?? {})).not.toContain('dateNote');
    expect(Object.keys(first ?? {})).not.toContain('amount');
  });

  it('keeps end and dateNote where given', () => {
    const result = validateDataset(withFirst({ end: '2020', dateNote: 'Signed in Astana.' }));
    expect(result.ok && result.dataset.activities[0]).toMatchObject({
      end: '2020',
      dateNote: 'Signed in Astana.',
    });
  });

  it('calls a blank source empty rather than an unknown id', () => {
    expect(problems({ source: '   ' })).toEqual([
      { path: 'activities[0].source', message: 'must not be empty' },
    ]);
  });
});
