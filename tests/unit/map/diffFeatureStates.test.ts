import { describe, expect, it } from 'vitest';
import { diffFeatureStates } from '../../../src/map/diffFeatureStates';

type S = { count: number; via: boolean };
const m = (entries: [number, S][]) => new Map<number, S>(entries);

describe('diffFeatureStates()', () => {
  it('sets the state of features that are new', () => {
    const d = diffFeatureStates(m([]), m([[398, { count: 3, via: false }]]));
    expect(d.set).toEqual([[398, { count: 3, via: false }]]);
    expect(d.remove).toEqual([]);
  });

  it('sets the state of features whose state changed, key by key', () => {
    const d = diffFeatureStates(
      m([
        [398, { count: 3, via: false }],
        [860, { count: 1, via: true }],
      ]),
      m([
        [398, { count: 4, via: false }],
        [860, { count: 1, via: false }],
      ]),
    );
    expect(d.set.map(([id]) => id)).toEqual([398, 860]);
  });

  it('does nothing for features whose state is unchanged', () => {
    const same = { count: 2, via: false };
    const d = diffFeatureStates(m([[398, same]]), m([[398, { ...same }]]));
    expect(d).toEqual({ set: [], remove: [] });
  });

  it('removes the state of features that are gone', () => {
    const d = diffFeatureStates(m([[398, { count: 2, via: false }]]), m([]));
    expect(d).toEqual({ set: [], remove: [398] });
  });

  it('treats a NaN count as equal to NaN so it does not churn', () => {
    const d = diffFeatureStates(
      m([[1, { count: Number.NaN, via: false }]]),
      m([[1, { count: Number.NaN, via: false }]]),
    );
    expect(d.set).toEqual([]);
  });
});
