import type { ThemeName } from './tokens';

/**
 * The theme the page shows: `data-theme` on `<html>`, which src/ui/theme/useThemeAttribute.ts
 * sets and the token stylesheet reads. Drawings made by script (MapLibre's paint, the PNG) follow
 * it, so they always match what the stylesheet shows.
 */
export function themeOnScreen(): ThemeName {
  return document.documentElement.dataset['theme'] === 'dark' ? 'dark' : 'light';
}

/** Calls `onChange` whenever `data-theme` on `<html>` changes; returns the unsubscribe. */
export function watchThemeOnScreen(onChange: () => void): () => void {
  const watch = new MutationObserver(onChange);
  watch.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => {
    watch.disconnect();
  };
}
