import { describe, expect, it } from 'vitest';
import { selectView } from '../../../src/data/selectView';
import type { Dataset } from '../../../src/data/types';
import { validateDataset } from '../../../src/data/validate';
import { slideLegend } from '../../../src/map/slideLegend';
import { INITIAL_STATE, filtersOf, type AtlasState } from '../../../src/state/atlasState';
import { compareSentence } from '../../../src/ui/compare/compareSentence';
import { filterLines, viewComparison } from '../../../src/ui/slides/viewWords';
import fixture from '../../fixtures/analysts-fixture.json';

function dataset(): Dataset {
  const result = validateDataset(structuredClone(fixture));
  if (!result.ok) throw new Error('fixture should be valid');
  return result.dataset;
}

function view(state: Partial<AtlasState>) {
  const d = dataset();
  const s = { ...INITIAL_STATE, ...state };
  return { dataset: d, state: s, selection: selectView(d, filtersOf(s)) };
}

/** 2015–2017 against 2019–2021 in the fixture, counted by hand from its 14 activities. */
const COMPARED: Partial<AtlasState> = { from: 2019, to: 2021, compare: { from: 2015, to: 2017 } };

describe('filterLines()', () => {
  it('lists years, sectors and regions when nothing else is chosen', () => {
    expect(filterLines(view({}))).toEqual([
      'Year range: 2015–2021',
      'Sectors: All sectors',
      'Regions: All regions',
    ]);
  });

  it('names the activity types, status, organisation and compared period that are chosen', () => {
    const lines = filterLines(
      view({ ...COMPARED, types: ['training', 'meeting'], status: ['planned'], actor: 'KOICA' }),
    );
    expect(lines).toEqual([
      'Year range: 2019–2021',
      'Sectors: All sectors',
      'Regions: All regions',
      'Activity types: Training, Meeting',
      'Status: Planned',
      'Organisation: KOICA',
      'Compare periods: 2015–2017 → 2019–2021',
    ]);
  });

  it('names a single year as one year, not a span of it', () => {
    expect(filterLines(view({ from: 2019, to: 2019 }))[0]).toBe('Year range: 2019');
    expect(filterLines(view({ from: 2019, to: 2019, lang: 'ko' }))[0]).toMatch(/: 2019년$/);
  });

  it('says them in Korean', () => {
    const lines = filterLines(view({ lang: 'ko', types: ['training'], status: ['done'] }));
    expect(lines).toContain('활동 유형: 연수');
    expect(lines).toContain('상태: 완료');
  });
});

describe('the slide while comparing', () => {
  it('keys the map by New, Continued and Ended with their counts, as the map colours it', () => {
    const v = view(COMPARED);
    const comparison = viewComparison(v.dataset, v.state);
    const rows = slideLegend({ ...v, maxCount: 5, lang: 'en', comparison });
    expect(rows.legendTitle).toBe('Partners, 2015–2017 → 2019–2021');
    // New: the ten ASEAN members but Vietnam, Peru, Ethiopia; continued: Kazakhstan, Uzbekistan,
    // Vietnam; ended: Mongolia.
    expect(rows.legend).toEqual([
      { label: 'New (11)', color: '#009e73' },
      { label: 'Continued (3)', color: '#0072b2' },
      { label: 'Ended (1)', color: '#d55e00' },
      { label: 'South Korea (home)', color: expect.any(String) as string },
    ]);
  });

  it('keeps the count steps when not comparing', () => {
    const v = view({});
    const rows = slideLegend({ ...v, maxCount: 5, lang: 'en', comparison: null });
    expect(rows.legendTitle).toBe('Activities per partner country');
    expect(rows.legend.map((r) => r.label)).toContain('Only via ASEAN');
  });

  it('explains the colours in its sentence, biggest changes first', () => {
    const v = view(COMPARED);
    const comparison = viewComparison(v.dataset, v.state);
    expect(comparison).not.toBeNull();
    expect(compareSentence(comparison!, v.dataset, 'en')).toBe(
      'Partner countries in 2019–2021 compared with 2015–2017: 11 New, 3 Continued, 1 Ended. Biggest changes: Kazakhstan +2, Mongolia −2, Brunei +1.',
    );
    expect(viewComparison(v.dataset, { ...v.state, compare: null })).toBeNull();
  });
});
