import './prerenderedMap.css';
import './mapLegend.css';
import { createContext, use, useEffect, useState, type ReactNode } from 'react';
import type { Selection } from '../data/selection';
import type { Dataset } from '../data/types';

/** What the prerendered map shows: the page's dataset and its first selection. */
export interface StaticMapInput {
  readonly dataset: Dataset;
  readonly selection: Selection;
}

/**
 * Draws the static map at build time: src/prerender.tsx provides it (with the SVG basemap the
 * build projected); in the browser it is absent, so no map code loads with the first render.
 */
export const StaticMapContext = createContext<((input: StaticMapInput) => ReactNode) | null>(null);

/** The prerendered map's markup, taken from the page before React hydrates it (see main.tsx). */
let adopted: string | null = null;
/** Whether this page opened on a prerendered map (the interactive map then needs no stand-in). */
let openedOnPicture = false;

/**
 * Keeps the prerendered map's markup so that hydration renders exactly it: the browser has no
 * basemap until it fetches one, and React leaves `dangerouslySetInnerHTML` content as it is.
 */
export function adoptPrerenderedMap(root: HTMLElement): void {
  const html = root.querySelector('.map-placeholder')?.innerHTML ?? '';
  adopted = html === '' ? null : html;
  openedOnPicture = adopted !== null;
}

export function openedOnPrerenderedMap(): boolean {
  return openedOnPicture;
}

/**
 * The map area's backdrop: on the prerendered page, a complete SVG map (drawn at build time), so
 * the area is never empty while the interactive map loads; it lies over the live map until that
 * shows a picture of its own (`data-map-picture`, see the stylesheet). Elsewhere, the sea colour.
 */
export function PrerenderedMap(input: StaticMapInput) {
  const draw = use(StaticMapContext);
  // Read once: a later mount (another dataset) must not show the first page's picture.
  const [html] = useState(() => adopted);
  useEffect(() => {
    adopted = null;
  }, []);
  if (draw) {
    return (
      <div className="map-placeholder map-placeholder--picture" aria-hidden="true">
        {draw(input)}
      </div>
    );
  }
  return html === null ? (
    <div className="map-placeholder" aria-hidden="true" />
  ) : (
    <div
      className="map-placeholder map-placeholder--picture"
      aria-hidden="true"
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
