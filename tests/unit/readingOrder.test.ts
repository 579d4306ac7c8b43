import { describe, expect, it } from 'vitest';
import { readingOrder } from '../../src/ui/keyboard/readingOrder';

const AT: Record<string, [number, number]> = {
  KAZ: [71.4, 51.2],
  MNG: [106.9, 47.9],
  UZB: [69.3, 41.3],
  VNM: [105.9, 21.0],
  THA: [100.5, 13.8],
  PER: [-77.0, -12.0],
  ETH: [38.7, 9.0],
};

describe('readingOrder()', () => {
  it('reads west to east within a latitude band, bands north to south', () => {
    const order = readingOrder(Object.keys(AT).reverse(), (iso3) => AT[iso3] ?? null);
    // Bands of 15°: 45–60 KAZ MNG; 30–45 UZB; 15–30 VNM; 0–15 ETH THA; −15–0 PER.
    expect(order).toEqual(['KAZ', 'MNG', 'UZB', 'VNM', 'ETH', 'THA', 'PER']);
  });

  it('puts countries without a position last, in the given order', () => {
    expect(readingOrder(['XXA', 'KAZ', 'XXB'], (iso3) => AT[iso3] ?? null)).toEqual([
      'KAZ',
      'XXA',
      'XXB',
    ]);
  });
});
