import { describe, expect, it } from 'vitest';
import type { Activity } from '../../src/data/types';
import { makeSyntheticDataset } from '../../src/data/synthetic';
import {
  packActivities,
  unpackActivities,
  type StringPool,
} from '../../src/data/worker/activityBatches';

function activity(id: string, quote: string): Activity {
  return {
    id,
    title: { en: `Title ${id}`, ko: `제목 ${id}` },
    type: 'agreement',
    status: 'done',
    date: '2020-03',
    partners: ['VNM'],
    sectors: ['health'],
    actors: { korea: ['KOICA'], partner: [] },
    source: 's1',
    quote,
  };
}

// Quotes as people write them: Korean, an emoji (two UTF-16 units), a short one, a long one.
const quotes = [
  '한국 정부는 베트남에 진단키트를 지원했다.',
  'Supplies 🧪 were delivered to the ministry.',
  'Short.',
  'A long sentence. '.repeat(200),
];

describe('activity batches from the worker to the page', () => {
  it('give every activity back with its own quote after crossing like a postMessage', () => {
    const sent = quotes.map((q, k) => activity(`a${k}`, q));
    const received: Activity[] = [activity('earlier', 'Already here.')];
    // The page tells a batch from progress and the outcome by its type.
    expect(packActivities(sent).type).toBe('activities');
    unpackActivities(structuredClone(packActivities(sent)), received);
    expect(received.map((a) => a.id)).toEqual(['earlier', 'a0', 'a1', 'a2', 'a3']);
    expect(received.slice(1).map((a) => a.quote)).toEqual(quotes);
    expect(received[2]).toEqual(sent[1]);
  });

  it('carry each quote once, outside the activities', () => {
    const packed = packActivities([activity('a', quotes[0]!), activity('b', quotes[1]!)]);
    expect(JSON.stringify(packed.items)).not.toContain('진단키트');
    expect(packed.items.map((a) => a.quote)).toEqual(['', '']);
    expect(packed.quotes).toBe(quotes[0]! + quotes[1]!);
  });

  it('give back every field of activities that differ in dates, ends, partners, sectors and actors, over batches sharing one pool', () => {
    // Some with a date note and an amount, as IATI files and spreadsheets give them.
    const sent = makeSyntheticDataset(300, 3).activities.map((a, k) =>
      k % 3 === 0
        ? {
            ...a,
            dateNote: `Dated to the year of the announcement (${String(k % 4)}).`,
            amount: { value: k * 1000, currency: k % 2 === 0 ? 'KRW' : 'USD' },
          }
        : a,
    );
    const received: Activity[] = [];
    const pool: StringPool = new Map();
    for (const part of [sent.slice(0, 120), sent.slice(120)])
      unpackActivities(structuredClone(packActivities(part)), received, pool);
    expect(received).toEqual(sent);
    // The pool keeps one copy of each repeated value, whichever batch brought it first.
    const values = new Set(
      sent.flatMap((a) => [
        a.type,
        a.status,
        a.date,
        ...(a.end === undefined ? [] : [a.end]),
        ...(a.dateNote === undefined ? [] : [a.dateNote]),
        ...(a.amount === undefined ? [] : [a.amount.currency]),
        a.source,
        ...a.partners,
        ...a.sectors,
        ...a.actors.korea,
        ...a.actors.partner,
      ]),
    );
    expect(pool.size).toBe(values.size);
  });

  it('handle an empty batch', () => {
    const received: Activity[] = [];
    unpackActivities(structuredClone(packActivities([])), received);
    expect(received).toEqual([]);
  });
});
