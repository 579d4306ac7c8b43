import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import bundled from '../data/cooperation.json';
import { App } from './App';
import { validateDataset } from './data/validate';
import { StaticMapContext, type StaticMapInput } from './map/PrerenderedMap';
import { StaticMapPicture } from './map/StaticMapPicture';
import type { SvgBasemap } from './map/svgBasemap';
import { documentTitleOf } from './ui/useDocumentTitle';

/**
 * The page as it opens without URL parameters: its title and its markup, which the build puts in
 * index.html (see vite.config.ts) and src/main.tsx hydrates. The map area holds the SVG map drawn
 * from `svgWorld` (the basemap the build projected), so a complete map shows at first paint at
 * every width; the interactive map is drawn only in the browser.
 */
export function prerenderPage(svgWorld: SvgBasemap): { title: string; html: string } {
  const result = validateDataset(bundled);
  const drawMap = (input: StaticMapInput) => <StaticMapPicture world={svgWorld} {...input} />;
  return {
    title: documentTitleOf(result.ok ? result.dataset : null, 'en'),
    html: renderToString(
      <StrictMode>
        <StaticMapContext value={drawMap}>
          <App search="" />
        </StaticMapContext>
      </StrictMode>,
    ),
  };
}
