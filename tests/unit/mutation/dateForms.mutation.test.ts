import { describe, expect, it } from 'vitest';
import { endsBefore, isDayDate, isPartialDate } from '../../../src/data/dateForms';

describe('isPartialDate()', () => {
  it('accepts a year, a month and a day', () => {
    expect(isPartialDate('2019')).toBe(true);
    expect(isPartialDate('2019-01')).toBe(true);
    expect(isPartialDate('2019-12')).toBe(true);
    expect(isPartialDate('2019-04-01')).toBe(true);
    expect(isPartialDate('2019-04-30')).toBe(true);
    expect(isPartialDate('2019-12-31')).toBe(true);
  });

  it('refuses months and days outside the calendar', () => {
    expect(isPartialDate('2019-00')).toBe(false);
    expect(isPartialDate('2019-13')).toBe(false);
    expect(isPartialDate('2019-04-00')).toBe(false);
    expect(isPartialDate('2019-04-31')).toBe(false);
    expect(isPartialDate('2019-01-32')).toBe(false);
  });

  it('knows leap years: every fourth, not centuries, but every fourth century', () => {
    expect(isPartialDate('2019-02-28')).toBe(true);
    expect(isPartialDate('2019-02-29')).toBe(false);
    expect(isPartialDate('2020-02-29')).toBe(true);
    expect(isPartialDate('2020-02-30')).toBe(false);
    expect(isPartialDate('1900-02-29')).toBe(false);
    expect(isPartialDate('2000-02-29')).toBe(true);
  });

  it('refuses other shapes', () => {
    for (const s of ['', '19', '20190', '2019-4', '2019-04-1', ' 2019', '2019-04-01T00', '2019/04'])
      expect(isPartialDate(s), s).toBe(false);
  });
});

describe('isDayDate()', () => {
  it('accepts only a full date', () => {
    expect(isDayDate('2019-04-19')).toBe(true);
    expect(isDayDate('2019-04')).toBe(false);
    expect(isDayDate('2019')).toBe(false);
    expect(isDayDate('2019-02-30')).toBe(false);
  });
});

describe('endsBefore()', () => {
  it('compares at the coarser precision of the two dates', () => {
    expect(endsBefore('2019-04', '2019')).toBe(false);
    expect(endsBefore('2019', '2019-01-01')).toBe(false);
    expect(endsBefore('2019-04', '2019-04-01')).toBe(false);
    expect(endsBefore('2019-04', '2019-03-31')).toBe(true);
    expect(endsBefore('2019-04-19', '2019-04-18')).toBe(true);
    expect(endsBefore('2019-04-19', '2019-04-19')).toBe(false);
    expect(endsBefore('2020', '2019-12')).toBe(true);
  });
});
