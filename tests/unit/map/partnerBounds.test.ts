import { describe, expect, it } from 'vitest';
import { anchorOf } from '../../../src/data/countries';
import { partnerBounds } from '../../../src/map/partnerBounds';
import { partner } from './helpers';

describe('partnerBounds()', () => {
  it('contains home and every partner capital with a margin', () => {
    const b = partnerBounds('KOR', [partner('KAZ', 3), partner('PRY', 1)])!;
    for (const iso3 of ['KOR', 'KAZ', 'PRY']) {
      const [lon, lat] = anchorOf(iso3)!;
      expect(lon).toBeGreaterThan(b[0][0]);
      expect(lon).toBeLessThan(b[1][0]);
      expect(lat).toBeGreaterThan(b[0][1]);
      expect(lat).toBeLessThan(b[1][1]);
    }
  });

  it('frames at least a region around home when there are no partners', () => {
    const [[w, s], [e, n]] = partnerBounds('KOR', [])!;
    expect(e - w).toBeGreaterThanOrEqual(24);
    expect(n - s).toBeGreaterThanOrEqual(16);
  });

  it('ignores partners without an anchor and returns null without a home anchor', () => {
    expect(partnerBounds('KOR', [partner('XXX', 1)])).toEqual(partnerBounds('KOR', []));
    expect(partnerBounds('XXX', [partner('KAZ', 1)])).toBeNull();
  });

  it('stays inside the Mercator latitudes and ±180°', () => {
    const [[w, s], [e, n]] = partnerBounds('KOR', [
      partner('ATA', 1),
      partner('GRL', 1),
      partner('WSM', 1),
    ])!;
    expect(w).toBeGreaterThanOrEqual(-180);
    expect(e).toBeLessThanOrEqual(180);
    expect(s).toBeGreaterThanOrEqual(-80);
    expect(n).toBeLessThanOrEqual(80);
  });
});
