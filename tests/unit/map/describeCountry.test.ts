import { describe, expect, it } from 'vitest';
import { describeCountry } from '../../../src/map/describeCountry';
import { partner } from './helpers';

const dataset = {
  home: 'KOR',
  sectors: [],
  groups: [{ id: 'ASEAN', name: { en: 'ASEAN', ko: '아세안' }, members: ['VNM', 'PHL'] }],
};

describe('describeCountry()', () => {
  it('names a partner and writes its activity count', () => {
    expect(describeCountry('KAZ', '', partner('KAZ', 9), dataset, 'en')).toEqual({
      name: 'Kazakhstan',
      figure: '9 activities',
      note: '',
    });
    expect(describeCountry('KAZ', '', partner('KAZ', 1), dataset, 'en').figure).toBe('1 activity');
  });

  it('says when a country is reached only through a group, and how much is direct otherwise', () => {
    expect(describeCountry('VNM', '', partner('VNM', 2, 0, ['ASEAN']), dataset, 'en').note).toBe(
      'Only via ASEAN',
    );
    expect(describeCountry('PHL', '', partner('PHL', 6, 1, ['ASEAN']), dataset, 'en').note).toBe(
      '1 direct, 5 via ASEAN',
    );
  });

  it('speaks Korean, with the group name in Korean', () => {
    const d = describeCountry('VNM', '', partner('VNM', 2, 0, ['ASEAN']), dataset, 'ko');
    expect(d).toEqual({ name: '베트남', figure: '활동 2건', note: '아세안 경유 협력만 있음' });
  });

  it('marks home and countries without activities, and falls back to the given name', () => {
    expect(describeCountry('KOR', '', undefined, dataset, 'en').name).toBe('South Korea (home)');
    expect(describeCountry('FRA', '', undefined, dataset, 'en').figure).toBe(
      'No activities in this selection',
    );
    expect(describeCountry(null, 'N. Cyprus', undefined, dataset, 'en').name).toBe('N. Cyprus');
  });
});
