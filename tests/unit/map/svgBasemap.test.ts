import type { Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { describe, expect, it } from 'vitest';
import { isSvgBasemap, SVG_MAP_SIZE, svgBasemap, svgProjection } from '../../../src/map/svgBasemap';

const basemap = svgBasemap(world as unknown as Topology);

/** The bounding box of an SVG path made of M/L/Z commands with absolute coordinates. */
function boundsOf(d: string) {
  const nums = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  const xs = nums.filter((_, i) => i % 2 === 0);
  const ys = nums.filter((_, i) => i % 2 === 1);
  return { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
}

describe('svgBasemap()', () => {
  it('projects every country into the drawing, inside the sphere', () => {
    const sphere = boundsOf(basemap.sphere);
    expect(sphere.x0).toBeGreaterThanOrEqual(3.9);
    expect(sphere.x1).toBeLessThanOrEqual(SVG_MAP_SIZE.width - 3.9);
    for (const c of basemap.countries) {
      expect(c.d).toMatch(/^M/);
      const b = boundsOf(c.d);
      expect(b.x0).toBeGreaterThanOrEqual(sphere.x0 - 0.5);
      expect(b.x1).toBeLessThanOrEqual(sphere.x1 + 0.5);
      expect(b.y0).toBeGreaterThanOrEqual(sphere.y0 - 0.5);
      expect(b.y1).toBeLessThanOrEqual(sphere.y1 + 0.5);
    }
  });

  it('draws Korea where the run-time projection puts Seoul, so arcs start on it', () => {
    const korea = basemap.countries.find((c) => c.iso3 === 'KOR');
    expect(korea).toBeDefined();
    const b = boundsOf(korea!.d);
    const [x, y] = svgProjection()([126.98, 37.57])!;
    expect(x).toBeGreaterThan(b.x0);
    expect(x).toBeLessThan(b.x1);
    expect(y).toBeGreaterThan(b.y0);
    expect(y).toBeLessThan(b.y1);
  });

  it('keeps Kazakhstan, Paraguay and Mongolia with their ISO3 codes, and markers for the tiny', () => {
    const codes = new Set(basemap.countries.map((c) => c.iso3));
    for (const iso3 of ['KAZ', 'PRY', 'MNG', 'UZB', 'VNM']) expect(codes.has(iso3)).toBe(true);
    // 110m leaves Singapore out entirely: it still gets a marker to draw and click.
    expect(codes.has('SGP')).toBe(false);
    expect(basemap.markers.features.some((f) => f.properties.iso3 === 'SGP')).toBe(true);
  });

  it('survives a JSON round trip and is recognised; other shapes are not', () => {
    expect(isSvgBasemap(JSON.parse(JSON.stringify(basemap)))).toBe(true);
    expect(isSvgBasemap(null)).toBe(false);
    expect(isSvgBasemap({ sphere: 'M0,0Z', countries: [{ d: 3 }], markers: basemap.markers })).toBe(
      false,
    );
    expect(isSvgBasemap({ type: 'Topology', arcs: [], objects: {} })).toBe(false);
  });
});
