import type { Map as MapLibreMap, MapGeoJSONFeature, MapMouseEvent, PointLike } from 'maplibre-gl';
import { useEffect, type RefObject } from 'react';
import type { Iso3 } from '../data/types';
import type { CountryDescription } from './describeCountry';
import { MAP_IDS } from './mapStyle';

/** What the pointer handlers need from the latest render, read through a ref. */
export interface PointerContext {
  describe(iso3: Iso3 | null, name: string): CountryDescription;
  select(iso3: Iso3): void;
}

/** Sources that carry a country's feature state (polygons, small-country markers, arcs). */
export const STATE_SOURCES = [MAP_IDS.countries, MAP_IDS.markers, MAP_IDS.arcs] as const;
/** Sources that carry the `hover`, `selected` and `home` flags: also the outline's own source. */
export const FLAG_SOURCES = [...STATE_SOURCES, MAP_IDS.outlined] as const;

const PICK_LAYERS = [MAP_IDS.markerCircles, MAP_IDS.fill];
/** Tooltip offset from the pointer, px. */
const OFFSET = 14;

function isPartner(f: MapGeoJSONFeature): boolean {
  const count: unknown = f.state['count'];
  return typeof count === 'number' && count > 0;
}

/** Partners and home: drawn as such, and outlined on hover (other countries get a tooltip only). */
function isPartnerOrHome(f: MapGeoJSONFeature): boolean {
  return isPartner(f) || f.state['home'] === true;
}

function isShown(f: MapGeoJSONFeature): boolean {
  // Markers of countries that are neither partners nor home are invisible: not under the pointer.
  return f.layer.id !== MAP_IDS.markerCircles || isPartnerOrHome(f);
}

function pick(map: MapLibreMap, point: PointLike): MapGeoJSONFeature | undefined {
  return map.queryRenderedFeatures(point, { layers: PICK_LAYERS }).find(isShown);
}

function iso3Of(f: MapGeoJSONFeature): Iso3 | null {
  const v: unknown = f.properties['iso3'];
  return typeof v === 'string' ? v : null;
}

/**
 * Hover (outline via the `hover` feature state, tooltip written straight into the DOM, pointer
 * cursor over partners) and click-to-select. Listeners are named and removed with `map.off`.
 */
export function useMapPointer(
  map: MapLibreMap | null,
  tooltipRef: RefObject<HTMLDivElement | null>,
  context: RefObject<PointerContext>,
): void {
  useEffect(() => {
    if (!map) return;
    let hovered: number | null = null;
    const canvas = map.getCanvas();

    const setHover = (id: number | null) => {
      if (id === hovered) return;
      for (const source of FLAG_SOURCES) {
        if (hovered !== null) map.setFeatureState({ source, id: hovered }, { hover: false });
        if (id !== null) map.setFeatureState({ source, id }, { hover: true });
      }
      hovered = id;
    };

    const hide = () => {
      setHover(null);
      tooltipRef.current?.removeAttribute('data-show');
      canvas.style.cursor = '';
    };

    const onMove = (e: MapMouseEvent) => {
      const f = pick(map, e.point);
      const tip = tooltipRef.current;
      if (!f || typeof f.id !== 'number' || !tip) {
        hide();
        return;
      }
      setHover(isPartnerOrHome(f) ? f.id : null);
      const nameProp: unknown = f.properties['name'];
      const d = context.current.describe(iso3Of(f), typeof nameProp === 'string' ? nameProp : '');
      const [title, figure, note] = tip.children;
      if (title) title.textContent = d.name;
      if (figure) figure.textContent = d.figure;
      if (note) note.textContent = d.note;
      tip.setAttribute('data-show', '');
      const box = map.getContainer();
      const w = tip.offsetWidth;
      const h = tip.offsetHeight;
      const x = Math.min(e.point.x + OFFSET, box.clientWidth - w - 4);
      const y =
        e.point.y + OFFSET + h > box.clientHeight ? e.point.y - OFFSET - h : e.point.y + OFFSET;
      tip.style.transform = `translate(${Math.max(4, Math.round(x))}px, ${Math.max(4, Math.round(y))}px)`;
      canvas.style.cursor = isPartner(f) ? 'pointer' : '';
    };

    const onClick = (e: MapMouseEvent) => {
      const f = pick(map, e.point);
      const iso3 = f ? iso3Of(f) : null;
      if (f && iso3 && isPartner(f)) context.current.select(iso3);
    };

    map.on('mousemove', onMove);
    map.on('mouseout', hide);
    map.on('click', onClick);
    return () => {
      map.off('mousemove', onMove);
      map.off('mouseout', hide);
      map.off('click', onClick);
    };
  }, [map, tooltipRef, context]);
}
