import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type Filters } from '../../../src/data/filters';
import { createSelectionCache } from '../../../src/data/selectionCache';
import { selectView } from '../../../src/data/selectView';
import type { Dataset } from '../../../src/data/types';
import { validateDataset } from '../../../src/data/validate';
import fixture from '../../fixtures/valid-dataset.json';

function dataset(): Dataset {
  const result = validateDataset(structuredClone(fixture));
  if (!result.ok) throw new Error('fixture should be valid');
  return result.dataset;
}

describe('createSelectionCache()', () => {
  it('keeps its selection while other code selects other filters of the same dataset', () => {
    const selectionOf = createSelectionCache();
    const d = dataset();
    const filters = (): Filters => ({ ...NO_FILTERS, sectors: ['digital-health'] });
    const first = selectionOf(d, filters());
    // Other readers (a scene preview, an export) asking selectView for their own filters.
    for (const from of [2017, 2018, 2019, 2020, 2021, 2022]) selectView(d, { ...NO_FILTERS, from });
    expect(selectionOf(d, filters())).toBe(first);
  });
});
