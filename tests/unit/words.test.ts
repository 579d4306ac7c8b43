import { describe, expect, it } from 'vitest';
import { chartStrings } from '../../src/i18n/chartStrings';
import { mapStrings } from '../../src/i18n/mapStrings';
import { uiStrings } from '../../src/i18n/uiStrings';
import { datasetWords, withParticle, words } from '../../src/i18n/words';

const dataset = {
  home: 'KOR',
  sectors: [{ id: 'digital-health', label: { en: 'Digital health', ko: '디지털 헬스' } }],
  groups: [{ id: 'ASEAN', name: { en: 'ASEAN', ko: '아세안' }, members: ['VNM', 'LAO'] }],
};

describe('words()', () => {
  it('counts activities with thousands separators, singular for one, in both languages', () => {
    expect(words('en').activities(1)).toBe('1 activity');
    expect(words('en').activities(0)).toBe('0 activities');
    expect(words('en').activities(10000)).toBe('10,000 activities');
    expect(words('ko').activities(1)).toBe('활동 1건');
    expect(words('ko').activities(10000)).toBe('활동 10,000건');
  });

  it('counts partner countries and sources', () => {
    expect(words('en').partnerCountries(1)).toBe('1 partner country');
    expect(words('en').partnerCountries(1234)).toBe('1,234 partner countries');
    expect(words('ko').partnerCountries(15)).toBe('협력국 15개국');
    expect(words('en').sources(1)).toBe('1 source');
    expect(words('en').sources(5)).toBe('5 sources');
    expect(words('ko').sources(5)).toBe('출처 5건');
  });

  it('is the one count every view uses: summary, charts and map print 10,000 the same', () => {
    expect(uiStrings.en.activities(10000)).toBe('10,000 activities');
    expect(chartStrings.en.activities(10000)).toBe('10,000 activities');
    expect(mapStrings.en.activities(10000)).toBe('10,000 activities');
    expect(uiStrings.ko.activities(10000)).toBe('활동 10,000건');
    expect(chartStrings.ko.activities(10000)).toBe('활동 10,000건');
    expect(mapStrings.ko.activities(10000)).toBe('활동 10,000건');
    expect(uiStrings.en.partnerButton('Kazakhstan', 1200, null)).toBe(
      'Kazakhstan, 1,200 activities',
    );
  });

  it('names countries from the reference in each language, and keeps an unknown code', () => {
    expect(words('en').country('KAZ')).toBe('Kazakhstan');
    expect(words('ko').country('KAZ')).toBe('카자흐스탄');
    expect(words('ko').country('TKM')).toBe('투르크메니스탄');
    expect(words('en').country('XYZ')).toBe('XYZ');
  });

  it('writes dates at their own precision and spans with an en dash', () => {
    expect(words('en').date('2019-04-19')).toBe('19 April 2019');
    expect(words('ko').date('2019-04')).toBe('2019년 4월');
    expect(words('en').dateSpan('2019', '2023')).toBe('2019 – 2023');
    expect(words('en').dateSpan('2019-04')).toBe('April 2019');
    expect(words('en').years(2015, 2023)).toBe('2015–2023');
    expect(words('ko').years(2020, 2020)).toBe('2020년');
  });

  it('names activity types and statuses', () => {
    expect(words('en').activityType('agreement')).toBe('Agreement');
    expect(words('ko').activityType('agreement')).toBe('협정·MOU');
    expect(words('en').status('planned')).toBe('Planned');
    expect(words('ko').status('planned')).toBe('예정');
  });

  it('writes amounts in the currency the source states, cents only when there are any', () => {
    expect(words('en').amount({ value: 1200000, currency: 'USD' })).toBe('$1,200,000');
    expect(words('ko').amount({ value: 1200000, currency: 'USD' })).toBe('US$1,200,000');
    expect(words('ko').amount({ value: 5000000, currency: 'KRW' })).toBe('₩5,000,000');
    expect(words('en').amount({ value: 1500, currency: 'dollars' })).toBe('1,500 dollars');
    expect(words('en').amount({ value: 2.5, currency: 'USD' })).toBe('$2.50');
  });

  it('says "via" with one Korean term, 경유', () => {
    expect(words('en').via('ASEAN')).toBe('via ASEAN');
    expect(words('ko').via('아세안')).toBe('아세안 경유');
    expect(mapStrings.ko.viaOnly('아세안')).toBe('아세안 경유 협력만 있음');
    expect(mapStrings.ko.directAndVia(1, 5, '아세안')).toBe('직접 1건, 아세안 경유 5건');
    expect(chartStrings.ko.partner.via('아세안')).toBe('아세안 경유');
  });
});

describe('datasetWords()', () => {
  it('names groups and sectors by the dataset, never by raw id when it knows them', () => {
    expect(datasetWords(dataset, 'en').group('ASEAN')).toBe('ASEAN');
    expect(datasetWords(dataset, 'ko').group('ASEAN')).toBe('아세안');
    expect(datasetWords(dataset, 'ko').groups(['ASEAN', 'EU'])).toBe('아세안, EU');
    expect(datasetWords(dataset, 'ko').sector('digital-health')).toBe('디지털 헬스');
    expect(datasetWords(dataset, 'en').home).toBe('South Korea');
    expect(datasetWords(dataset, 'ko').home).toBe('한국');
  });
});

describe('Korean particles', () => {
  it('follow the last sound of the word (es-hangul josa)', () => {
    expect(withParticle('투르크메니스탄', '이/가')).toBe('투르크메니스탄이');
    expect(withParticle('라오스', '이/가')).toBe('라오스가');
    expect(withParticle('베트남', '와/과')).toBe('베트남과');
    expect(withParticle('라오스', '와/과')).toBe('라오스와');
  });

  it('are chosen in the summary sentence, never written as 이(가)', () => {
    const sentence = (leader: string) =>
      uiStrings.ko.summarySentence({
        from: 2019,
        to: 2024,
        activities: '활동 41건',
        partners: '협력국 15개국',
        region: '중앙아시아',
        leaders: [leader],
        leaderCount: 12,
      });
    expect(sentence('투르크메니스탄')).toBe(
      '2019년부터 2024년까지: 협력국 15개국과 활동 41건, 중앙아시아 지역이 가장 많고, 투르크메니스탄이 12건으로 가장 많습니다.',
    );
    expect(sentence('라오스')).toContain(', 라오스가 12건으로');
  });

  it('name tied leaders together, or count them when there are many', () => {
    const base = { from: 2021, to: 2024, activities: '', partners: '', region: null };
    const en = (leaders: string[]) =>
      uiStrings.en.summarySentence({ ...base, leaders, leaderCount: 4 });
    const ko = (leaders: string[]) =>
      uiStrings.ko.summarySentence({ ...base, leaders, leaderCount: 4 });
    expect(en(['Mongolia', 'Turkmenistan'])).toMatch(
      /; Mongolia and Turkmenistan lead with 4 each\.$/,
    );
    expect(en(['Laos', 'Paraguay', 'Philippines'])).toMatch(
      /; Laos, Paraguay, and Philippines lead with 4 each\.$/,
    );
    expect(en(['A', 'B', 'C', 'D', 'E'])).toMatch(
      /; 5 partner countries share the lead with 4 each\.$/,
    );
    expect(ko(['몽골', '투르크메니스탄'])).toMatch(
      /, 몽골·투르크메니스탄이 각 4건으로 가장 많습니다\.$/,
    );
    expect(ko(['가', '나', '다', '라', '마'])).toMatch(
      /, 협력국 5개국이 각 4건으로 가장 많습니다\.$/,
    );
  });

  it('never appear in their bracketed forms in any Korean string', () => {
    const dataset = 'data.json';
    const texts = [
      uiStrings.ko.datasetOpened(dataset),
      uiStrings.ko.datasetNotJson(dataset),
      uiStrings.ko.datasetInvalid(dataset, 3),
    ];
    for (const t of texts) expect(t).not.toMatch(/\((이|가|을|를|은|는|과|와)\)/);
    expect(uiStrings.ko.datasetOpened(dataset)).toBe('data.json 파일을 열었습니다.');
  });
});
