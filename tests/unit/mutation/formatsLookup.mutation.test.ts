import { describe, expect, it } from 'vitest';
import { countryCode, resolveCountry } from '../../../src/data/formats/countryLookup';
import { formatOf } from '../../../src/data/formats/limits';
import { editDistance, fold, suggest } from '../../../src/data/formats/suggest';

describe('formatOf()', () => {
  it('reads the format from the extension, in any case, JSON otherwise', () => {
    expect(formatOf('partners.XLSX')).toBe('xlsx');
    expect(formatOf('partners.csv')).toBe('csv');
    expect(formatOf('activities.xml')).toBe('xml');
    expect(formatOf('dataset.json')).toBe('json');
    expect(formatOf('dataset')).toBe('json');
    expect(formatOf('partners.xlsx.txt')).toBe('json');
    expect(formatOf('xlsx')).toBe('json');
  });
});

describe('editDistance()', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('flaw', 'lawn')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('gives up past the limit with the limit plus one', () => {
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('a', 'abcd', 2)).toBe(3);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
  });
});

describe('fold()', () => {
  it('ignores case, accents and spacing but keeps Hangul', () => {
    expect(fold("  Côte   d'Ivoire ")).toBe("cote d'ivoire");
    expect(fold('ÉCOLE')).toBe('ecole');
    expect(fold('한국')).toBe('한국');
  });
});

describe('suggest()', () => {
  const candidates = [
    { key: 'china', label: 'China' },
    { key: 'chad', label: 'Chad' },
    { key: 'kazakhstan', label: 'Kazakhstan' },
  ];

  it('names the closest candidate within one edit in four characters', () => {
    expect(suggest('Kazakstan', candidates)).toBe('Kazakhstan');
    expect(suggest('Chna', candidates)).toBe('China');
    expect(suggest('KAZAKSTAAN', candidates)).toBe('Kazakhstan');
  });

  it('names none when every candidate is further', () => {
    expect(suggest('Atlantis', candidates)).toBeUndefined();
    expect(suggest('Chian', candidates)).toBeUndefined();
  });

  it('prefers the closer of two near misses', () => {
    const two = [
      { key: 'abcdefxy', label: 'two edits' },
      { key: 'abcdefgx', label: 'one edit' },
    ];
    expect(suggest('abcdefgh', two)).toBe('one edit');
  });
});

describe('countryCode() and resolveCountry()', () => {
  it('reads ISO3, ISO2, English and Korean names', () => {
    expect(countryCode('kaz')).toBe('KAZ');
    expect(countryCode(' kz ')).toBe('KAZ');
    expect(countryCode('Kazakhstan')).toBe('KAZ');
    expect(countryCode('카자흐스탄')).toBe('KAZ');
    expect(resolveCountry('Vietnam')).toEqual({ ok: true, code: 'VNM' });
  });

  it('names no country for unknown codes and names', () => {
    expect(countryCode('XYZ')).toBeUndefined();
    expect(countryCode('ZZ')).toBeUndefined();
    expect(resolveCountry('Atlantis')).toEqual({
      ok: false,
      message: '"Atlantis" is not a country',
    });
  });

  it('suggests the country a near miss means', () => {
    expect(resolveCountry(' Kazakstan ')).toEqual({
      ok: false,
      message: '"Kazakstan" is not a country (did you mean Kazakhstan?)',
    });
  });
});
