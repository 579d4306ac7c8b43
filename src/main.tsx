import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App';
import { adoptPrerenderedMap } from './map/PrerenderedMap';
import { preloadMap } from './map/preloadMap';
import { embedScenesInUrl } from './ui/offlineEmbedded';
import './ui/styles.css';

// A saved offline copy's scenes join the URL before anything reads it.
embedScenesInUrl();
const root = document.getElementById('root');
if (root) {
  preloadMap();
  const search = window.location.search;
  const app = (
    <StrictMode>
      <App search={search} />
    </StrictMode>
  );
  if (search === '' && root.hasChildNodes()) {
    // The build prerenders the page as it opens without parameters (see vite.config.ts): React
    // takes over that markup instead of drawing it again, so the page reads at once. The map's
    // prerendered picture is kept as it is (see src/map/PrerenderedMap.tsx). As a transition,
    // hydration runs in short slices the browser can paint and answer input between, rather than
    // one long task; the page already reads and looks right meanwhile.
    adoptPrerenderedMap(root);
    startTransition(() => {
      hydrateRoot(root, app);
    });
  } else {
    // Any other URL opens another state: drop the prerendered page at once, so nobody reads or
    // clicks a view that is not theirs, and build the first screen as a transition, in short
    // slices instead of one long task.
    root.replaceChildren();
    startTransition(() => {
      createRoot(root).render(app);
    });
  }
}
