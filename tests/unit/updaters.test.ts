import { describe, expect, it } from 'vitest';
import { INITIAL_STATE } from '../../src/state/atlasState';
import { resetFilters, setYears, toggleInList, toggleSector } from '../../src/state/updaters';

const ALL = ['a', 'b', 'c'];
const span = { min: 2019, max: 2024 };

describe('state updaters', () => {
  it('unchecking one sector from "all" keeps the others', () => {
    expect(toggleInList(null, 'b', ALL)).toEqual(['a', 'c']);
  });

  it('checking the last missing sector collapses back to no filter', () => {
    expect(toggleInList(['a', 'c'], 'b', ALL)).toBeNull();
  });

  it('unchecking every sector leaves an empty list, which keeps nothing', () => {
    expect(toggleInList(['a'], 'a', ALL)).toEqual([]);
  });

  it('keeps list order stable as in the dataset', () => {
    expect(toggleSector({ ...INITIAL_STATE, sectors: ['c'] }, 'a', ALL).sectors).toEqual([
      'a',
      'c',
    ]);
  });

  it('setYears orders and clamps the range and collapses the full span to null', () => {
    expect(setYears(INITIAL_STATE, 2022, 2020, span)).toMatchObject({ from: 2020, to: 2022 });
    expect(setYears(INITIAL_STATE, 1990, 2030, span)).toMatchObject({ from: null, to: null });
  });

  it('resetFilters clears filters and stops playback but keeps the open country', () => {
    const s = { ...INITIAL_STATE, from: 2020, sectors: ['a'], country: 'KAZ', playing: true };
    expect(resetFilters(s)).toMatchObject({
      from: null,
      sectors: null,
      country: 'KAZ',
      playing: false,
    });
  });
});
