import { describe, expect, it } from 'vitest';
import { comparePeriods } from '../../src/data/compare';
import { NO_FILTERS, type Filters } from '../../src/data/filters';
import { selectView } from '../../src/data/selectView';
import type { Dataset } from '../../src/data/types';
import { validateDataset } from '../../src/data/validate';
import { INITIAL_STATE } from '../../src/state/atlasState';
import { toggleCompare, toggleStatus, toggleType } from '../../src/state/updaters';
import {
  checkAgainstDataset,
  parseUrl,
  toSearch,
  URL_DEFAULTS,
  type UrlContext,
  type UrlState,
} from '../../src/state/url';
import fixture from '../fixtures/analysts-fixture.json';

function dataset(): Dataset {
  const result = validateDataset(structuredClone(fixture));
  if (!result.ok) throw new Error('fixture should be valid');
  return result.dataset;
}

function select(filters: Partial<Filters>) {
  return selectView(dataset(), { ...NO_FILTERS, ...filters });
}

const ctx: UrlContext = {
  yearSpan: { min: 2015, max: 2021 },
  sectorIds: ['health-security', 'digital-health', 'pharmaceuticals'],
  regionIds: ['central-asia'],
  partnerIso3s: ['KAZ', 'UZB'],
  typeIds: ['agreement', 'meeting', 'training'],
  actors: new Set(['KOICA', 'KOFIH']),
};

describe('URL: types, status, actor, compare, view, theme, embed', () => {
  it('round-trips every new parameter', () => {
    const s: UrlState = {
      ...URL_DEFAULTS,
      types: ['agreement', 'training'],
      status: ['planned'],
      actor: 'KOICA',
      compare: { from: 2015, to: 2017 },
      view: 'table',
      theme: 'dark',
      embed: true,
    };
    expect(toSearch(s)).toBe(
      '?types=agreement,training&status=planned&actor=KOICA&compare=2015-2017&view=table&theme=dark&embed=1',
    );
    const parsed = parseUrl(toSearch(s));
    expect(parsed.problems).toEqual([]);
    const checked = checkAgainstDataset(parsed.state, ctx);
    expect(checked.problems).toEqual([]);
    expect(checked.state).toEqual(s);
  });

  it('names each invalid value and falls back to its default', () => {
    const { state, problems } = parseUrl(
      '?types=agreement,party&status=maybe&compare=2015&view=globe&theme=pink&embed=yes',
    );
    expect(state.types).toEqual(['agreement']);
    expect(state.status).toBeNull();
    expect(state.compare).toBeNull();
    expect(state.view).toBe('map');
    expect(state.theme).toBeNull();
    expect(state.embed).toBe(false);
    expect(problems).toEqual([
      { param: 'types', value: 'party', reason: 'unknown-type' },
      { param: 'status', value: 'maybe', reason: 'unknown-status' },
      { param: 'compare', value: '2015', reason: 'not-a-period' },
      { param: 'view', value: 'globe', reason: 'unknown-view' },
      { param: 'theme', value: 'pink', reason: 'unknown-theme' },
      { param: 'embed', value: 'yes', reason: 'not-embed' },
    ]);
  });

  it('orders a reversed period and drops one outside the data, an absent type and an unknown actor', () => {
    expect(parseUrl('?compare=2017-2015').state.compare).toEqual({ from: 2015, to: 2017 });
    const parsed = parseUrl('?compare=1990-1995&types=award&actor=Nobody');
    const { state, problems } = checkAgainstDataset(parsed.state, ctx);
    expect(state.compare).toBeNull();
    expect(state.types).toBeNull();
    expect(state.actor).toBeNull();
    expect(problems.map((p) => p.reason)).toEqual([
      'unknown-actor',
      'unknown-type',
      'out-of-range',
    ]);
  });

  it('collapses a list naming both statuses to no filter', () => {
    expect(parseUrl('?status=planned,done').state.status).toBeNull();
  });
});

describe('selectView(): types, status and actor', () => {
  it('keeps only the checked types and counts types like sectors', () => {
    const s = select({ types: ['training', 'forum'] });
    // training: mng-2015, uzb-2016, kaz-2019; forum: asean-2019, kaz-2020.
    expect(s.totals.activities).toBe(5);
    const training = s.perType.find((x) => x.id === 'training');
    const aid = s.perType.find((x) => x.id === 'aid');
    expect(training).toEqual({ id: 'training', count: 3, active: true });
    expect(aid).toEqual({ id: 'aid', count: 1, active: false });
    expect(s.perType.map((x) => x.id)).toEqual([
      'agreement',
      'meeting',
      'forum',
      'training',
      'export',
      'project',
      'aid',
      'award',
    ]);
  });

  it('keeps only planned activities and counts the years they fall in', () => {
    const s = select({ status: ['planned'] });
    expect(s.activities.map((a) => a.id).sort()).toEqual(['kaz-meeting-2021', 'vnm-project-2021']);
    expect(s.perStatus).toEqual([
      { id: 'done', count: 12, active: false },
      { id: 'planned', count: 2, active: true },
    ]);
    const all = select({});
    expect(all.perYear.find((y) => y.year === 2021)?.planned).toBe(2);
  });

  it('keeps the activities that name an organisation on either side', () => {
    expect(select({ actor: 'KOFIH' }).totals.activities).toBe(3);
    expect(select({ actor: 'Ministry of Healthcare of Kazakhstan' }).totals.activities).toBe(3);
  });
});

describe('comparePeriods()', () => {
  it('classes partners New, Continued and Ended between 2015–2017 and 2019–2021', () => {
    const c = comparePeriods(
      dataset(),
      { ...NO_FILTERS, from: 2019, to: 2021 },
      { from: 2015, to: 2017 },
    );
    // A: KAZ 1, MNG 2, UZB 1, VNM 1. B: KAZ 3, UZB 1, VNM 2 (one via ASEAN), PER, ETH and the
    // nine other ASEAN members 1 each.
    expect(c.counts).toEqual({ new: 11, continued: 3, ended: 1 });
    expect(c.changes.slice(0, 2)).toEqual([
      { iso3: 'KAZ', cls: 'continued', countA: 1, countB: 3 },
      { iso3: 'MNG', cls: 'ended', countA: 2, countB: 0 },
    ]);
  });
});

describe('updaters', () => {
  it('collapses every type checked back to no filter', () => {
    const all = ['agreement', 'training'] as const;
    const one = toggleType(INITIAL_STATE, 'training', all);
    expect(one.types).toEqual(['agreement']);
    expect(toggleType(one, 'training', all).types).toBeNull();
    expect(toggleStatus(INITIAL_STATE, 'done').status).toEqual(['planned']);
  });

  it('proposes a period A of the same length just before the year range', () => {
    const s = { ...INITIAL_STATE, from: 2019, to: 2021 };
    expect(toggleCompare(s, true, { min: 2015, max: 2021 }).compare).toEqual({
      from: 2016,
      to: 2018,
    });
    expect(toggleCompare(s, false, { min: 2015, max: 2021 }).compare).toBeNull();
  });
});
