import { describe, expect, it } from 'vitest';
import { yearOf } from '../../src/data/dates';
import { formatDate } from '../../src/i18n/formatDate';

describe('yearOf()', () => {
  it('reads the year of each date form', () => {
    expect(yearOf('2019')).toBe(2019);
    expect(yearOf('2019-04')).toBe(2019);
    expect(yearOf('2019-04-19')).toBe(2019);
  });
});

describe('formatDate()', () => {
  it('shows a year alone in English', () => {
    expect(formatDate('2019', 'en')).toBe('2019');
  });

  it('shows a month and year in English', () => {
    expect(formatDate('2019-04', 'en')).toBe('April 2019');
  });

  it('shows a full date in English, day first', () => {
    expect(formatDate('2019-04-19', 'en')).toBe('19 April 2019');
  });

  it('shows each precision in Korean', () => {
    expect(formatDate('2019', 'ko')).toBe('2019년');
    expect(formatDate('2019-04', 'ko')).toBe('2019년 4월');
    expect(formatDate('2019-04-19', 'ko')).toBe('2019년 4월 19일');
  });

  it('does not shift dates at the turn of a year whatever the local time zone', () => {
    const saved = process.env.TZ;
    try {
      for (const tz of ['Pacific/Kiritimati', 'America/Los_Angeles', 'UTC']) {
        process.env.TZ = tz;
        expect(formatDate('2020-01-01', 'en')).toBe('1 January 2020');
        expect(formatDate('2019-12', 'en')).toBe('December 2019');
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('keeps years below 100 as they are', () => {
    expect(formatDate('0099-01', 'en')).toBe('January 99');
  });

  it('returns text that is not a date unchanged', () => {
    expect(formatDate('soon', 'en')).toBe('soon');
    expect(formatDate('', 'ko')).toBe('');
  });
});
