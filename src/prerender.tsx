import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import bundled from '../data/cooperation.json';
import { App } from './App';
import { validateDataset } from './data/validate';
import { documentTitleOf } from './ui/useDocumentTitle';

/**
 * The page as it opens without URL parameters: its title and its markup, which the build puts in
 * index.html (see vite.config.ts) and src/main.tsx hydrates. The map is drawn only in the browser.
 */
export function prerenderPage(): { title: string; html: string } {
  const result = validateDataset(bundled);
  return {
    title: documentTitleOf(result.ok ? result.dataset : null, 'en'),
    html: renderToString(
      <StrictMode>
        <App search="" />
      </StrictMode>,
    ),
  };
}
