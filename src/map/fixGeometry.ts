import type { MultiPolygon, Polygon, Position } from 'geojson';

type LonLat = [number, number];

/** Longest step, in degrees, inserted along a pole when a ring is closed there. */
const POLE_STEP = 90;
/** Rings with a smaller planar area, in square degrees, are dropped as degenerate. */
const MIN_RING_AREA = 1e-9;

/** Shoelace area in lon/lat: positive for counter-clockwise rings. */
function signedArea(ring: readonly LonLat[]): number {
  let sum = 0;
  let prev: LonLat | undefined;
  for (const p of ring) {
    if (prev) sum += prev[0] * p[1] - p[0] * prev[1];
    prev = p;
  }
  return sum / 2;
}

/** Shifts longitudes by ±360 so that no step between two points is longer than 180°. */
function unwrap(ring: readonly Position[]): LonLat[] {
  const out: LonLat[] = [];
  let offset = 0;
  let last: LonLat | undefined;
  for (const [lon, lat] of ring) {
    if (lon === undefined || lat === undefined || !Number.isFinite(lon) || !Number.isFinite(lat)) {
      continue;
    }
    if (last) {
      const step = lon + offset - last[0];
      if (step > 180) offset -= 360;
      else if (step < -180) offset += 360;
    }
    const x = lon + offset;
    if (!last || last[0] !== x || last[1] !== lat) {
      last = [x, lat];
      out.push(last);
    }
  }
  return out;
}

/**
 * Turns one spherical ring into a planar one: continuous longitudes, and a ring that goes round a
 * pole (Antarctica) closed along that pole. Returns null for a degenerate ring.
 */
function fixRing(ring: readonly Position[]): LonLat[] | null {
  const pts = unwrap(ring);
  const first = pts[0];
  const last = pts[pts.length - 1];
  if (!first || !last) return null;
  if (Math.abs(last[0] - first[0]) > 180) {
    // The ring encircles a pole: walk along the pole back to where it started.
    const meanLat = pts.reduce((s, p) => s + p[1], 0) / pts.length;
    const pole = meanLat < 0 ? -90 : 90;
    const from = last[0];
    const to = first[0];
    const n = Math.ceil(Math.abs(to - from) / POLE_STEP);
    for (let i = 0; i <= n; i++) pts.push([from + ((to - from) * i) / n, pole]);
    pts.push([first[0], first[1]]);
  } else if (last[0] !== first[0] || last[1] !== first[1]) {
    pts.push([first[0], first[1]]);
  }
  if (pts.length < 4 || Math.abs(signedArea(pts)) < MIN_RING_AREA) return null;
  // Keep the ring on the main world copy; geojson-vt wraps what sticks out past ±180.
  const lons = pts.map((p) => p[0]);
  const shift = Math.min(...lons) >= 180 ? -360 : Math.max(...lons) <= -180 ? 360 : 0;
  return shift === 0 ? pts : pts.map(([x, y]): LonLat => [x + shift, y]);
}

/** Orients a ring: counter-clockwise for exteriors, clockwise for holes (RFC 7946 §3.1.6). */
function orient(ring: LonLat[], exterior: boolean): LonLat[] {
  const ccw = signedArea(ring) > 0;
  return ccw === exterior ? ring : ring.slice().reverse();
}

function fixPolygon(rings: readonly (readonly Position[])[]): LonLat[][] | null {
  const [outer, ...holes] = rings;
  if (!outer) return null;
  const exterior = fixRing(outer);
  if (!exterior) return null;
  const fixed = [orient(exterior, true)];
  for (const hole of holes) {
    const h = fixRing(hole);
    if (h) fixed.push(orient(h, false));
  }
  return fixed;
}

/**
 * Makes a world-atlas (spherical, d3-wound) polygon drawable by MapLibre on a flat map: ring
 * longitudes continuous across ±180, rings round a pole closed along it, degenerate rings dropped,
 * RFC 7946 winding (simplification happens before, on the topology: see worldGeometry.ts).
 * Returns null when nothing drawable is left.
 */
export function fixGeometry(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon | null {
  if (geometry.type === 'Polygon') {
    const rings = fixPolygon(geometry.coordinates);
    return rings ? { type: 'Polygon', coordinates: rings } : null;
  }
  const polygons = geometry.coordinates.flatMap((p) => {
    const rings = fixPolygon(p);
    return rings ? [rings] : [];
  });
  if (polygons.length === 0) return null;
  return { type: 'MultiPolygon', coordinates: polygons };
}
