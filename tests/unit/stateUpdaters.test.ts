import { describe, expect, it } from 'vitest';
import { ACTIVITY_TYPES } from '../../src/data/types';
import { INITIAL_STATE } from '../../src/state/atlasState';
import {
  onlySector,
  selectCountry,
  setActor,
  setCompare,
  setYears,
  toggleCompare,
  toggleRegion,
  toggleStatus,
  toggleType,
} from '../../src/state/updaters';

const span = { min: 2015, max: 2024 };
const REGIONS = ['central-asia', 'eastern-asia', 'south-eastern-asia'];

/** What each control leaves in the state, as the filters and the URL then show it. */
describe('state after each control', () => {
  it('Regions: unchecking one keeps the others; checking it again is no filter', () => {
    const one = toggleRegion(INITIAL_STATE, 'eastern-asia', REGIONS);
    expect(one.regions).toEqual(['central-asia', 'south-eastern-asia']);
    expect(toggleRegion(one, 'eastern-asia', REGIONS).regions).toBeNull();
  });

  it('Status: unchecking Planned keeps Done; unchecking both keeps nothing', () => {
    const done = toggleStatus(INITIAL_STATE, 'planned');
    expect(done.status).toEqual(['done']);
    expect(toggleStatus(done, 'done').status).toEqual([]);
    expect(toggleStatus(done, 'planned').status).toBeNull();
  });

  it('Activity types: unchecking Aid keeps the seven others in their order', () => {
    expect(toggleType(INITIAL_STATE, 'aid', ACTIVITY_TYPES).types).toEqual([
      'agreement',
      'meeting',
      'forum',
      'training',
      'export',
      'project',
      'award',
    ]);
    const onlyTwo = { ...INITIAL_STATE, types: ['training', 'agreement'] as const };
    expect(toggleType(onlyTwo, 'meeting', ACTIVITY_TYPES).types).toEqual([
      'agreement',
      'meeting',
      'training',
    ]);
  });

  it('year range: an end at the first or last year is no limit on that side', () => {
    expect(setYears(INITIAL_STATE, 2015, 2024, span)).toMatchObject({ from: null, to: null });
    expect(setYears(INITIAL_STATE, 2018, 2024, span)).toMatchObject({ from: 2018, to: null });
    expect(setYears(INITIAL_STATE, 2015, 2020, span)).toMatchObject({ from: null, to: 2020 });
    expect(setYears(INITIAL_STATE, 2019, 2019, span)).toMatchObject({ from: 2019, to: 2019 });
  });

  it('Compare periods: period A is ordered and kept inside the data’s years', () => {
    expect(setCompare(INITIAL_STATE, 2020, 2017, span).compare).toEqual({ from: 2017, to: 2020 });
    expect(setCompare(INITIAL_STATE, 2000, 2030, span).compare).toEqual({ from: 2015, to: 2024 });
  });

  it('Compare periods: on, period A is the same length just before B; off, it is gone', () => {
    const b = { ...INITIAL_STATE, from: 2021, to: 2023 };
    const on = toggleCompare(b, true, span);
    expect(on.compare).toEqual({ from: 2018, to: 2020 });
    expect(toggleCompare(on, false, span).compare).toBeNull();
    // B starts at the first year: A cannot go before it.
    expect(toggleCompare(INITIAL_STATE, true, span).compare).toEqual({ from: 2015, to: 2015 });
    expect(toggleCompare({ ...INITIAL_STATE, from: 2017 }, true, span).compare).toEqual({
      from: 2015,
      to: 2016,
    });
  });

  it('Find: choosing a sector keeps only it; an actor filters to it; a country opens it', () => {
    expect(onlySector(INITIAL_STATE, 'digital-health').sectors).toEqual(['digital-health']);
    const actor = setActor(INITIAL_STATE, 'KOICA');
    expect(actor.actor).toBe('KOICA');
    expect(setActor(actor, null).actor).toBeNull();
    expect(selectCountry(INITIAL_STATE, 'KAZ').country).toBe('KAZ');
    expect(selectCountry({ ...INITIAL_STATE, country: 'KAZ' }, null).country).toBeNull();
  });
});
