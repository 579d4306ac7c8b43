import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  indexDataset,
  indexDatasetInSteps,
  oldestFirstOrder,
  type StepOptions,
} from '../../src/data/datasetIndex';
import { makeSyntheticDataset } from '../../src/data/synthetic';
import type { Activity, Dataset } from '../../src/data/types';
import { batchSize } from '../../src/data/worker/protocol';
import { createOpenProgress } from '../../src/ui/openProgress';

/** A fresh copy (own object identity, so no index is cached for it yet). */
const copy = (d: Dataset): Dataset => structuredClone(d);

/** Synthetic activities, shuffled so the index has to sort them. */
function shuffled(n: number): Dataset {
  const d = makeSyntheticDataset(n, 7);
  const activities = [...d.activities];
  // Deterministic interleave: odd positions first, then even, reversed.
  const odd = activities.filter((_, i) => i % 2 === 1);
  const even = activities.filter((_, i) => i % 2 === 0).reverse();
  return { ...d, activities: [...odd, ...even] };
}

const noPause: StepOptions['pause'] = () => Promise.resolve();

afterEach(() => {
  vi.restoreAllMocks();
});

/** Makes every step of a stepped build look slow, so it pauses after each. */
function everyStepPauses(): void {
  let now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => (now += 100));
}

describe('oldestFirstOrder', () => {
  it('lists positions by date, then id, keeping ties in file order', () => {
    const at = (id: string, date: string) => ({ id, date }) as Activity;
    const activities = [at('b', '2020'), at('a', '2019-05'), at('c', '2019'), at('a', '2020')];
    expect([...oldestFirstOrder(activities)]).toEqual([2, 1, 3, 0]);
  });
});

describe('indexDatasetInSteps', () => {
  it('builds the index indexDataset builds, pausing between steps, and caches it', async () => {
    const d = shuffled(3000);
    const expected = indexDataset(copy(d));
    everyStepPauses();
    const pause = vi.fn(noPause);
    const stepped = await indexDatasetInSteps(d, { order: oldestFirstOrder(d.activities), pause });
    expect(pause.mock.calls.length).toBeGreaterThan(10);
    expect(stepped).toEqual(expected);
    expect(indexDataset(d)).toBe(stepped);
  });

  it('sorts by itself when the order is missing, the wrong length or not oldest first', async () => {
    const d = shuffled(600);
    const expected = indexDataset(copy(d));
    const n = d.activities.length;
    const identity = Int32Array.from({ length: n }, (_, i) => i);
    const repeated = oldestFirstOrder(d.activities).fill(0, 0, 2);
    for (const order of [undefined, identity, identity.subarray(1), repeated]) {
      const options = order ? { order, pause: noPause } : { pause: noPause };
      expect(await indexDatasetInSteps(copy(d), options)).toEqual(expected);
    }
  });

  it('tells rising progress between 0 and 1', async () => {
    everyStepPauses();
    const told: number[] = [];
    await indexDatasetInSteps(shuffled(2000), { pause: noPause, onProgress: (f) => told.push(f) });
    expect(told.length).toBeGreaterThan(5);
    expect(told).toEqual([...told].sort((a, b) => a - b));
    expect(told.every((f) => f >= 0 && f <= 1)).toBe(true);
  });

  it('stops at the next pause once its signal aborts, caching nothing', async () => {
    everyStepPauses();
    const d = shuffled(2000);
    const stop = new AbortController();
    const building = indexDatasetInSteps(d, {
      signal: stop.signal,
      pause: () => {
        stop.abort(new Error('cancelled'));
        return Promise.resolve();
      },
    });
    await expect(building).rejects.toThrow('cancelled');
    vi.restoreAllMocks();
    // Not cached: a later call builds it again, whole.
    expect((await indexDatasetInSteps(d, { pause: noPause })).activities).toHaveLength(2000);
  });
});

describe('batchSize', () => {
  it('sends about 256 KB of the file per message, 50 to 5000 activities', () => {
    expect(batchSize(100 * 1024 * 1024, 100_000)).toBe(250);
    expect(batchSize(39_000_000, 100_000)).toBe(672);
    expect(batchSize(10_000_000, 200_000)).toBe(5000);
    expect(batchSize(200 * 1024 * 1024, 10)).toBe(50);
  });
});

describe('createOpenProgress', () => {
  it('tells subscribers when the whole percent changes, and not after they leave', () => {
    const progress = createOpenProgress();
    const heard: number[] = [];
    const leave = progress.subscribe(() => heard.push(progress.get()));
    for (const f of [0.001, 0.004, 0.2, 0.203, 0.5]) progress.set(f);
    leave();
    progress.set(0.9);
    expect(heard).toEqual([0.2, 0.5]);
    expect(progress.get()).toBe(0.9);
  });
});
