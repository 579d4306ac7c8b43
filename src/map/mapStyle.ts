import type { FeatureCollection } from 'geojson';
import type { AddLayerObject, Map as MapLibreMap, MapOptions } from 'maplibre-gl';
import { MAP_COLORS, type MapColors } from './mapColors';
import { ARC_WIDTH } from './toArcFeatures';

type StyleSpecification = Exclude<MapOptions['style'], string | undefined>;
type FillLayer = Extract<AddLayerObject, { type: 'fill' }>;
/** A MapLibre style expression (the style-spec type, reached through maplibre-gl's own types). */
export type Expression = Extract<
  NonNullable<NonNullable<FillLayer['paint']>['fill-color']>,
  unknown[]
>;

/** Source and layer ids the map module uses (tests query these layers). */
export const MAP_IDS = {
  countries: 'countries',
  markers: 'markers',
  arcs: 'arcs',
  homePoint: 'home-point',
  /**
   * The countries again, for the hover and selection outline only: filled after the map's first
   * idle (or at once when a country is selected), so the first picture waits for one less layer.
   */
  outlined: 'countries-outlined',
  fill: 'countries-fill',
  borders: 'countries-borders',
  viaOutline: 'countries-via-outline',
  /** Hover and selection outline, one layer driven by the `hover` and `selected` states. */
  highlight: 'countries-highlight',
  arcLines: 'arcs-lines',
  markerCircles: 'markers-circles',
  homeDot: 'home-dot',
} as const;

/** Simplification of both country sources: the outline must lie exactly on the border drawn. */
const COUNTRY_TOLERANCE = 0.45;

const isHome: Expression = ['boolean', ['feature-state', 'home'], false];
const isVia: Expression = ['boolean', ['feature-state', 'via'], false];
const count: Expression = ['number', ['feature-state', 'count'], 0];
const isHover: Expression = ['boolean', ['feature-state', 'hover'], false];
const isSelected: Expression = ['boolean', ['feature-state', 'selected'], false];

/**
 * The fill colour expression: home red, via-only light, partners in the palette colour of their
 * step (the `shade` state, see partnerStates.ts), else land: `countryFill` (mapColors.ts) as a
 * MapLibre expression. It depends on the theme only, so a new dataset never re-sets it (which
 * would make MapLibre's worker lay out every country again).
 */
export function fillColor(colors: MapColors = MAP_COLORS): Expression {
  const shade: Expression = ['number', ['feature-state', 'shade'], 0];
  // A `match` needs at least one label: with no palette every partner is land.
  const byShade = (
    colors.partnerSteps.length > 0
      ? ['match', shade, ...colors.partnerSteps.flatMap((color, i) => [i, color]), colors.land]
      : colors.land
  ) as Expression | string;
  // `Compare periods` (useCompareStates.ts): a class state colours the country before anything else.
  const cmp: Expression = ['number', ['feature-state', 'cmp'], 0];
  return [
    'case',
    ['>', cmp, 0],
    ['match', cmp, 1, colors.compareNew, 2, colors.compareContinued, colors.compareEnded],
    isHome,
    colors.home,
    isVia,
    colors.via,
    ['>', count, 0],
    byShade,
    colors.land,
  ];
}

/** Outline colour of the partner markers: the selection's, the dashed via outline's, or the border's. */
function markerStroke(colors: MapColors): Expression {
  return [
    'case',
    ['any', isHover, isSelected],
    colors.selected,
    isVia,
    colors.viaOutline,
    colors.border,
  ];
}

/** One paint property of one layer, as `setPaintProperty` takes it. */
export type PaintSetting = readonly [
  layer: string,
  property: Parameters<MapLibreMap['setPaintProperty']>[1],
  value: Parameters<MapLibreMap['setPaintProperty']>[2],
];

/**
 * Every colour the style paints, layer by layer: what a theme change re-sets with
 * `setPaintProperty` (useMapTheme.ts) on the map created once. `mapStyle` paints the same values;
 * a unit test checks that applying these to one theme's style gives the other theme's.
 */
export function themePaint(colors: MapColors): PaintSetting[] {
  return [
    ['sea', 'background-color', colors.sea],
    [MAP_IDS.fill, 'fill-color', fillColor(colors)],
    [MAP_IDS.borders, 'line-color', colors.border],
    [MAP_IDS.viaOutline, 'line-color', colors.viaOutline],
    [MAP_IDS.arcLines, 'line-color', colors.arc],
    [MAP_IDS.highlight, 'line-color', ['case', isSelected, colors.selected, colors.hover]],
    [MAP_IDS.markerCircles, 'circle-color', fillColor(colors)],
    [MAP_IDS.markerCircles, 'circle-stroke-color', markerStroke(colors)],
    [MAP_IDS.homeDot, 'circle-color', colors.home],
    [MAP_IDS.homeDot, 'circle-stroke-color', colors.border],
  ];
}

function empty(): FeatureCollection {
  return { type: 'FeatureCollection', features: [] };
}

/** Arc width: the `width` state (partnerStates.ts), worked out from the dataset's largest count. */
export const arcWidth: Expression = ['number', ['feature-state', 'width'], ARC_WIDTH.min];

/** Line width that grows with zoom, px at zoom 1 and 6. */
function zoomWidth(z1: number, z6: number): Expression {
  return ['interpolate', ['linear'], ['zoom'], 1, z1, 6, z6];
}

/**
 * Filter for the dashed via outline: only members of the dataset's groups can be reached only
 * through a group, so MapLibre's worker tessellates a few borders twice, not all of them. Datasets
 * with the same groups get the same filter, and MapLibre then keeps its tiles.
 */
export function viaOutlineFilter(groupMembers: readonly string[]): Expression {
  return ['in', ['get', 'iso3'], ['literal', [...groupMembers]]];
}

/**
 * The whole style, inline: no glyphs, no sprite, no URL. Sources start empty and are filled with
 * `setData` once the world geometry is loaded. Apart from the via outline's filter (see
 * {@link viaOutlineFilter}) it depends on the theme's `colors` alone: what a dataset changes
 * (partners, their steps and arc widths, outlines) is feature state, as a paint or filter change
 * would make MapLibre's worker lay out every country of the source again.
 */
export function mapStyle(
  groupMembers: readonly string[],
  colors: MapColors = MAP_COLORS,
): StyleSpecification {
  const partner: Expression = ['any', isHome, ['>', count, 0]];
  return {
    version: 8,
    sources: {
      [MAP_IDS.countries]: { type: 'geojson', data: empty(), tolerance: COUNTRY_TOLERANCE },
      [MAP_IDS.markers]: { type: 'geojson', data: empty() },
      [MAP_IDS.arcs]: { type: 'geojson', data: empty() },
      [MAP_IDS.homePoint]: { type: 'geojson', data: empty() },
      [MAP_IDS.outlined]: { type: 'geojson', data: empty(), tolerance: COUNTRY_TOLERANCE },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': colors.sea } },
      {
        id: MAP_IDS.fill,
        type: 'fill',
        source: MAP_IDS.countries,
        paint: { 'fill-color': fillColor(colors), 'fill-antialias': true },
      },
      {
        id: MAP_IDS.borders,
        type: 'line',
        source: MAP_IDS.countries,
        paint: { 'line-color': colors.border, 'line-width': zoomWidth(0.5, 1.2) },
      },
      {
        id: MAP_IDS.viaOutline,
        type: 'line',
        source: MAP_IDS.countries,
        filter: viaOutlineFilter(groupMembers),
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': colors.viaOutline,
          'line-width': zoomWidth(0.9, 1.6),
          'line-dasharray': [2, 1.5],
          'line-opacity': ['case', isVia, 1, 0],
        },
      },
      {
        id: MAP_IDS.arcLines,
        type: 'line',
        source: MAP_IDS.arcs,
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: {
          'line-color': colors.arc,
          'line-width': arcWidth,
          'line-opacity': [
            'case',
            ['!', ['>', count, 0]],
            0,
            ['any', isHover, isSelected],
            0.9,
            isVia,
            0.3,
            0.6,
          ],
        },
      },
      {
        id: MAP_IDS.highlight,
        type: 'line',
        source: MAP_IDS.outlined,
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': ['case', isSelected, colors.selected, colors.hover],
          'line-width': [
            'interpolate',
            ['linear'],
            ['zoom'],
            1,
            ['case', isSelected, 2.4, isHover, 1.4, 0],
            6,
            ['case', isSelected, 3.4, isHover, 2.2, 0],
          ],
          'line-opacity': ['case', ['any', isSelected, isHover], 1, 0],
        },
      },
      {
        id: MAP_IDS.markerCircles,
        type: 'circle',
        source: MAP_IDS.markers,
        paint: {
          'circle-color': fillColor(colors),
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 1, 3.5, 6, 6],
          'circle-stroke-color': markerStroke(colors),
          'circle-stroke-width': ['case', ['any', isHover, isSelected], 2, 1.2],
          'circle-opacity': ['case', partner, 1, 0],
          'circle-stroke-opacity': ['case', partner, 1, 0],
        },
      },
      {
        id: MAP_IDS.homeDot,
        type: 'circle',
        source: MAP_IDS.homePoint,
        paint: {
          'circle-color': colors.home,
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 1, 3.5, 6, 6],
          'circle-stroke-color': colors.border,
          'circle-stroke-width': 1.5,
        },
      },
    ],
  };
}
