import { geoPath, type GeoPath, type GeoProjection } from 'd3-geo';
import { useMemo } from 'react';
import { anchorOf } from '../data/countries';
import type { PartnerStat, Selection } from '../data/selection';
import type { Iso3 } from '../data/types';
import { svgProjection } from './svgBasemap';
import { svgFrame, type ViewBox } from './svgFrame';
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
  const frame = useMemo(() => frameOf(path, candidates, homeAt), [path, candidates, homeAt]);
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

function frameOf(
  path: GeoPath,
  candidates: readonly ArcPartner[],
  homeAt: readonly [number, number] | null,
): ViewBox {
  if (!homeAt) return svgFrame(path, []);
  const arcsOfAll = toArcFeatures({ partners: candidates }, homeAt).features;
  return svgFrame(path, [...arcsOfAll, { type: 'Point', coordinates: [...homeAt] }]);
}
