import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { yearOf } from '../../src/data/dates';
import { formatDate } from '../../src/i18n/formatDate';

const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
const HELPER = fileURLToPath(new URL('./tz/formatInZone.ts', import.meta.url));

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

  // In a fresh process per zone, TZ set before the module (and its cached formatters) loads.
  it.each(['Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Seoul', 'UTC'])(
    'does not shift dates at the turn of a year in the time zone %s',
    (tz) => {
      const out = execFileSync(TSX, [HELPER], {
        env: { ...process.env, TZ: tz },
        encoding: 'utf8',
      });
      expect(JSON.parse(out)).toEqual([
        '1 January 2020',
        'December 2019',
        '2019',
        '2020년 1월 1일',
      ]);
    },
  );

  it('keeps years below 100 as they are', () => {
    expect(formatDate('0099-01', 'en')).toBe('January 99');
  });

  it('returns text that is not a date unchanged', () => {
    expect(formatDate('soon', 'en')).toBe('soon');
    expect(formatDate('', 'ko')).toBe('');
  });
});
