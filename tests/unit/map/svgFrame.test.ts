import { geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { SVG_MAP_SIZE, svgProjection } from '../../../src/map/svgBasemap';
import { svgFrame } from '../../../src/map/svgFrame';

const path = geoPath(svgProjection());
const point = (lon: number, lat: number) => ({ type: 'Point' as const, coordinates: [lon, lat] });

describe('svgFrame()', () => {
  it('frames the given places with padding, inside the drawing', () => {
    const seoul = point(126.98, 37.57);
    const astana = point(71.45, 51.17);
    const frame = svgFrame(path, [seoul, astana]);
    for (const p of [seoul, astana]) {
      const [x, y] = path.centroid(p);
      expect(x).toBeGreaterThan(frame.x);
      expect(x).toBeLessThan(frame.x + frame.width);
      expect(y).toBeGreaterThan(frame.y);
      expect(y).toBeLessThan(frame.y + frame.height);
    }
    expect(frame.x).toBeGreaterThanOrEqual(0);
    expect(frame.y + frame.height).toBeLessThanOrEqual(SVG_MAP_SIZE.height);
    // Much closer than the whole world.
    expect(frame.width).toBeLessThan(SVG_MAP_SIZE.width / 2);
  });

  it('never zooms closer than a region, even on a single city', () => {
    const frame = svgFrame(path, [point(126.98, 37.57)]);
    expect(frame.width).toBe(320);
    expect(frame.height).toBe(200);
  });

  it('shows the whole drawing for places on both sides of the world, or for none', () => {
    const whole = { x: 0, y: 0, ...SVG_MAP_SIZE };
    const edges = [point(-179, 0), point(179, 0), point(0, 89), point(0, -89)];
    expect(svgFrame(path, edges)).toEqual(whole);
    expect(svgFrame(path, [])).toEqual(whole);
  });

  it('leaves the asked share of the frame on each side of the places', () => {
    const places = [point(126.98, 37.57), point(71.45, 51.17), point(-57.64, -25.3)];
    const frame = svgFrame(path, places, { top: 0.1, right: 0.05, bottom: 0.3, left: 0.05 });
    const xs = places.map((p) => path.centroid(p)[0]);
    const ys = places.map((p) => path.centroid(p)[1]);
    expect((Math.min(...xs) - frame.x) / frame.width).toBeCloseTo(0.05, 5);
    expect((frame.x + frame.width - Math.max(...xs)) / frame.width).toBeCloseTo(0.05, 5);
    expect((Math.min(...ys) - frame.y) / frame.height).toBeCloseTo(0.1, 5);
    expect((frame.y + frame.height - Math.max(...ys)) / frame.height).toBeCloseTo(0.3, 5);
  });
});
