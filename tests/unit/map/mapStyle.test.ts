import { describe, expect, it } from 'vitest';
import { MAP_COLORS } from '../../../src/map/mapColors';
import { arcWidth, fillColor, mapStyle, MAP_IDS } from '../../../src/map/mapStyle';
import { arcWidthFor } from '../../../src/map/toArcFeatures';
import { evaluateColor as evaluate } from './evaluateColor';

describe('mapStyle()', () => {
  const style = mapStyle(['LAO', 'VNM']);

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
    expect(text).toContain('"feature-state","shade"');
  });

  it('filters only the via outline, to the members of the dataset’s groups', () => {
    // A filter that changes with the dataset makes MapLibre's worker lay every country out again.
    const filtered = style.layers.filter((l) => 'filter' in l);
    expect(filtered.map((l) => l.id)).toEqual([MAP_IDS.viaOutline]);
    expect(filtered[0] && 'filter' in filtered[0] ? filtered[0].filter : null).toEqual([
      'in',
      ['get', 'iso3'],
      ['literal', ['LAO', 'VNM']],
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

describe('arc widths', () => {
  it('widen with the square root of the count, from 1 px to 5 px at the largest count', () => {
    expect(arcWidthFor(16, 16)).toBe(5);
    expect(arcWidthFor(4, 16)).toBe(3);
    expect(arcWidthFor(1, 16)).toBe(2);
    expect(arcWidthFor(40, 16)).toBe(5);
  });

  it('are the thinnest without a count or a scale, never NaN', () => {
    expect(arcWidthFor(0, 16)).toBe(1);
    expect(arcWidthFor(3, 0)).toBe(1);
    expect(arcWidthFor(3, Number.NaN)).toBe(1);
  });

  it('are drawn from the width state', () => {
    expect(arcWidth).toEqual(['number', ['feature-state', 'width'], 1]);
  });
});

describe('fillColor()', () => {
  it('paints a partner in the palette colour of its shade, whatever its count', () => {
    const fill = fillColor();
    MAP_COLORS.partnerSteps.forEach((color, shade) => {
      expect(evaluate(fill, { count: 7, shade })).toBe(evaluate(color));
    });
  });

  it('paints land where there is no partner, and home and via countries in their colours', () => {
    const fill = fillColor();
    expect(evaluate(fill)).toBe(evaluate(MAP_COLORS.land));
    expect(evaluate(fill, { count: 0, shade: 3 })).toBe(evaluate(MAP_COLORS.land));
    expect(evaluate(fill, { home: true })).toBe(evaluate(MAP_COLORS.home));
    expect(evaluate(fill, { count: 2, via: true, shade: 1 })).toBe(evaluate(MAP_COLORS.via));
  });
});
