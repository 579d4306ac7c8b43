import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../src/data/filters';
import { createSelectionCache } from '../../src/data/selectionCache';
import type { Dataset } from '../../src/data/types';
import { validateDataset } from '../../src/data/validate';
import fixture from '../fixtures/valid-dataset.json';

function dataset(): Dataset {
  const result = validateDataset(structuredClone(fixture));
  if (!result.ok) throw new Error('fixture should be valid');
  return result.dataset;
}

describe('the shared selection cache', () => {
  it('hands every reader of the same filters the same selection object', () => {
    const selectionOf = createSelectionCache();
    const d = dataset();
    const first = selectionOf(d, { ...NO_FILTERS, sectors: ['digital-health'] });
    // Equal values in new arrays, as a store update makes them.
    const again = selectionOf(d, { ...NO_FILTERS, sectors: ['digital-health'] });
    expect(again).toBe(first);
  });

  it('computes a new selection when a filter or the dataset changes', () => {
    const selectionOf = createSelectionCache();
    const d = dataset();
    const all = selectionOf(d, NO_FILTERS);
    const narrowed = selectionOf(d, { ...NO_FILTERS, from: 2023 });
    expect(narrowed).not.toBe(all);
    expect(narrowed.activities.length).toBeLessThan(all.activities.length);
    const other = dataset();
    expect(selectionOf(other, { ...NO_FILTERS, from: 2023 })).not.toBe(narrowed);
  });
});
