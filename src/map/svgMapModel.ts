import { geoGraticule, geoPath, type GeoPath, type GeoProjection } from 'd3-geo';
import { useMemo } from 'react';
import { anchorOf } from '../data/countries';
import type { PartnerStat, Selection } from '../data/selection';
import type { Iso3 } from '../data/types';
import { partnerBounds } from './partnerBounds';
import { svgProjection } from './svgBasemap';
import { svgFrame, type FrameShares, type ViewBox } from './svgFrame';
import { toArcFeatures, type ArcFeature, type ArcPartner } from './toArcFeatures';

/** What the SVG map draws besides the basemap, computed from the app's state. */
export interface SvgMapModel {
  /** The map's viewBox: home and every possible partner, so filters never move the map. */
  readonly frame: ViewBox;
  readonly stats: ReadonlyMap<string, PartnerStat>;
  /** Arcs from home to the selection's partners, as SVG path data. */
  readonly arcs: readonly {
    readonly iso3: string;
    readonly d: string;
    readonly via: boolean;
    readonly width: number;
  }[];
  /** Projects degrees into the drawing (markers and home's dot). */
  readonly project: GeoProjection;
  readonly homeAt: readonly [number, number] | null;
}

/** Arcs and frame of the SVG map (the countries come projected from the build). */
export function useSvgMapModel(
  home: Iso3,
  selection: Selection,
  candidates: readonly ArcPartner[],
  maxCount: number,
): SvgMapModel {
  const homeAt = anchorOf(home);
  const { path, project } = useMemo(() => {
    const projection = svgProjection();
    return { path: geoPath(projection).digits(1), project: projection };
  }, []);
  const frame = useMemo(() => frameOf(path, home, candidates), [path, home, candidates]);
  const stats = useMemo(() => new Map(selection.partners.map((s) => [s.iso3, s])), [selection]);
  const arcs = useMemo(
    () =>
      homeAt
        ? toArcFeatures(selection, homeAt, maxCount).features.map((arc: ArcFeature) => ({
            iso3: arc.properties.iso3,
            d: path(arc) ?? '',
            via: arc.properties.via,
            width: arc.properties.width,
          }))
        : [],
    [selection, homeAt, maxCount, path],
  );
  return { frame, stats, arcs, project, homeAt };
}

/**
 * The frame MapLibre opens on (home and every possible partner, see `partnerBounds`), as the SVG
 * map's viewBox: the picture that stands in while MapLibre loads shows the same part of the world,
 * so the hand-over does not zoom (the arcs may leave it, as on the live map). The box is traced
 * along its meridians and parallels, which this projection curves.
 */
function frameOf(path: GeoPath, home: Iso3, candidates: readonly ArcPartner[]): ViewBox {
  const box = partnerBounds(home, candidates);
  return svgFrame(path, box ? [geoGraticule().extent(box).outline()] : [], LIVE_MAP_ROOM);
}

/**
 * About the room the live map leaves around the partners (`fitPadding`, legend at the bottom):
 * between a laptop's (900×595 map: top 14 %, bottom 23 %) and a 1920×1080 screen's (11 %, 15 %),
 * sides 5 %, so that both maps frame them alike.
 */
const LIVE_MAP_ROOM: FrameShares = { top: 0.12, right: 0.05, bottom: 0.19, left: 0.05 };
