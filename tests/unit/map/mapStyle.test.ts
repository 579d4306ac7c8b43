import { describe, expect, it } from 'vitest';
import { countSteps } from '../../../src/map/countSteps';
import { arcWidth, fillColor, mapStyle, MAP_IDS } from '../../../src/map/mapStyle';

describe('mapStyle()', () => {
  const style = mapStyle(countSteps(12), ['KOR', 'KAZ'], 12);

  it('names no URL, glyphs or sprite, so the map requests nothing', () => {
    const text = JSON.stringify(style);
    expect(text).not.toMatch(/https?:|\/\/|mapbox:|maptiler/);
    expect(style).not.toHaveProperty('glyphs');
    expect(style).not.toHaveProperty('sprite');
    expect(style.layers.some((l) => l.type === 'symbol')).toBe(false);
  });

  it('paints partners from feature state, never from data properties', () => {
    const fill = style.layers.find((l) => l.id === MAP_IDS.fill);
    const text = JSON.stringify(fill);
    expect(text).toContain('"feature-state","count"');
    expect(text).toContain('"feature-state","via"');
    expect(text).toContain('"feature-state","home"');
  });

  it('limits the outline layers to countries that can be partners', () => {
    const via = style.layers.find((l) => l.id === MAP_IDS.viaOutline);
    expect(via && 'filter' in via ? via.filter : null).toEqual([
      'in',
      ['get', 'iso3'],
      ['literal', ['KOR', 'KAZ']],
    ]);
  });

  it('outlines hover and selection from a source of its own, simplified as the countries are', () => {
    const highlight = style.layers.find((l) => l.id === MAP_IDS.highlight);
    expect(highlight && 'source' in highlight ? highlight.source : null).toBe(MAP_IDS.outlined);
    const own = style.sources[MAP_IDS.outlined];
    const countries = style.sources[MAP_IDS.countries];
    expect(own?.type).toBe('geojson');
    expect(own && 'tolerance' in own ? own.tolerance : null).toBe(
      countries && 'tolerance' in countries ? countries.tolerance : undefined,
    );
  });
});

describe('arcWidth()', () => {
  it('widens arcs with the square root of the count state, capped at the largest count', () => {
    expect(arcWidth(16)).toEqual([
      '+',
      1,
      ['*', 4, ['sqrt', ['/', ['min', ['number', ['feature-state', 'count'], 0], 16], 16]]],
    ]);
  });

  it('never divides by zero or NaN', () => {
    expect(JSON.stringify(arcWidth(0))).toContain('1]]]]');
    expect(JSON.stringify(arcWidth(Number.NaN))).not.toContain('null');
  });
});

describe('fillColor()', () => {
  it('steps at each range start with the step colours', () => {
    const steps = countSteps(12);
    const text = JSON.stringify(fillColor(steps));
    const breaks = steps.slice(1).map((s) => `${s.min},"${s.color}"`);
    for (const b of breaks) expect(text).toContain(b);
  });

  it('falls back to the land colour for every count when there are no steps', () => {
    expect(JSON.stringify(fillColor([]))).not.toContain('"step"');
  });
});
