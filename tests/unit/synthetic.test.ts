import { describe, expect, it } from 'vitest';
import { getCountry } from '../../src/data/countries';
import { yearOf } from '../../src/data/dates';
import { makeSyntheticDataset, SYNTHETIC_SECTORS } from '../../src/data/synthetic';
import { validateDataset } from '../../src/data/validate';

describe('makeSyntheticDataset()', () => {
  it('makes the same dataset for the same seed', () => {
    expect(makeSyntheticDataset(300, 7)).toEqual(makeSyntheticDataset(300, 7));
  });

  it('makes a different dataset for another seed', () => {
    expect(makeSyntheticDataset(300, 8).activities).not.toEqual(
      makeSyntheticDataset(300, 7).activities,
    );
  });

  it('makes a dataset that passes validation, status and all', () => {
    const d = makeSyntheticDataset(2000, 1);
    const result = validateDataset(JSON.parse(JSON.stringify(d)));
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.ok && result.dataset).toEqual(d);
  });

  it('makes n activities, one source per hundred', () => {
    const d = makeSyntheticDataset(250, 3);
    expect(d.activities).toHaveLength(250);
    expect(d.sources).toHaveLength(3);
    expect(makeSyntheticDataset(1, 3).sources).toHaveLength(1);
  });

  it('uses real mappable partner countries, ASEAN, 2000–2025 dates and some spans', () => {
    const d = makeSyntheticDataset(3000, 5);
    const codes = new Set(d.activities.flatMap((a) => a.partners));
    expect(codes.has('ASEAN')).toBe(true);
    codes.delete('ASEAN');
    for (const code of codes) {
      const c = getCountry(code);
      expect(c?.regionId, code).toBeTruthy();
      expect(c?.numeric, code).toBeTruthy();
    }
    expect(codes.has('KOR')).toBe(false);
    const years = d.activities.flatMap((a) => [yearOf(a.date), yearOf(a.end ?? a.date)]);
    expect(Math.min(...years)).toBe(2000);
    expect(Math.max(...years)).toBe(2025);
    expect(d.activities.some((a) => a.end !== undefined)).toBe(true);
    expect(new Set(d.activities.map((a) => a.date.length))).toEqual(new Set([4, 7, 10]));
  });

  it('uses the sectors it is given', () => {
    const sectors = [{ id: 'only-one', label: { en: 'Only one' } }];
    const d = makeSyntheticDataset(50, 2, sectors);
    expect(d.sectors).toEqual(sectors);
    expect(new Set(d.activities.flatMap((a) => a.sectors))).toEqual(new Set(['only-one']));
    expect(makeSyntheticDataset(1, 2).sectors).toBe(SYNTHETIC_SECTORS);
  });
});
