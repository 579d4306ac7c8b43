// The bench's reference page (see ../browserFigures.ts): bare MapLibre, the same version as the
// app, drawing the app's own basemap asset with one fill and one border layer, nothing else.
// Query: `world` (URL of the countries GeoJSON), `w`/`h` (map size in CSS px, the app's map
// area), `bounds` (west,south,east,north: the app's first frame) and `pad` (px of padding).
import 'maplibre-gl/dist/maplibre-gl.css';
import { Map as MapLibreMap, setWorkerUrl, type ExpressionSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

declare global {
  interface Window {
    /** Sets each country's `count` state and resolves, in ms, at the map's next `idle`. */
    benchRepaint?: (states: readonly (readonly [number, number])[]) => Promise<number>;
  }
}

setWorkerUrl(workerUrl);
const query = new URLSearchParams(window.location.search);
const container = document.getElementById('map');
if (!container) throw new Error('no #map');
container.style.width = `${query.get('w') ?? '1280'}px`;
container.style.height = `${query.get('h') ?? '800'}px`;
const [w = -180, s = -60, e = 180, n = 80] = (query.get('bounds') ?? '').split(',').map(Number);
const count: ExpressionSpecification = ['number', ['feature-state', 'count'], 0];

const map = new MapLibreMap({
  container,
  style: {
    version: 8,
    sources: {
      countries: {
        type: 'geojson',
        data: new URL(query.get('world') ?? '', document.baseURI).href,
      },
    },
    layers: [
      {
        id: 'fill',
        type: 'fill',
        source: 'countries',
        paint: {
          'fill-color': ['step', count, '#dcdcd7', 1, '#9ecae1', 5, '#4292c6', 20, '#08519c'],
        },
      },
      {
        id: 'borders',
        type: 'line',
        source: 'countries',
        paint: { 'line-color': '#ffffff', 'line-width': 0.6 },
      },
    ],
  },
  bounds: [
    [w, s],
    [e, n],
  ],
  fitBoundsOptions: { padding: Number(query.get('pad') ?? '0') },
  renderWorldCopies: false,
  attributionControl: false,
  fadeDuration: 0,
});
map.once('idle', () => {
  performance.mark('atlas:map-idle');
});
window.benchRepaint = (states) =>
  new Promise((resolve) => {
    const start = performance.now();
    for (const [id, c] of states) map.setFeatureState({ source: 'countries', id }, { count: c });
    map.once('idle', () => {
      resolve(performance.now() - start);
    });
    // As the app does on every change: an idle comes even when no country changed.
    map.triggerRepaint();
  });
