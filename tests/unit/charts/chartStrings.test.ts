import { describe, expect, it } from 'vitest';
import { chartStrings } from '../../../src/i18n/chartStrings';

describe('chartStrings', () => {
  it('names the svgs exactly as SPEC §2 does, in English', () => {
    expect(chartStrings.en.year.name).toBe('Activities per year');
    expect(chartStrings.en.sector.name).toBe('Activities by sector');
    expect(chartStrings.en.partner.name).toBe('Activities by partner');
  });

  it('writes counts in English with the right plural and thousands separators', () => {
    expect(chartStrings.en.activities(1)).toBe('1 activity');
    expect(chartStrings.en.activities(1200)).toBe('1,200 activities');
    expect(chartStrings.en.partner.more(8)).toBe('+ 8 more');
  });

  it('has Korean text for every chart string', () => {
    const ko = chartStrings.ko;
    expect(ko.year.name).not.toBe(chartStrings.en.year.name);
    expect(ko.activities(3)).toBe('활동 3건');
    expect(ko.partner.more(8)).toBe('외 8개국');
    expect(ko.empty).toMatch(/[가-힣]/);
  });

  it('writes a single year alone and a span with an en dash', () => {
    expect(chartStrings.en.years(2020, 2020)).toBe('2020');
    expect(chartStrings.en.years(2015, 2023)).toBe('2015–2023');
  });
});
