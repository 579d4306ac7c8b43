import { useEffect, useSyncExternalStore } from 'react';
import type { Theme } from '../../state/atlasState';
import { useAtlasState } from '../AtlasContext';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const mq = window.matchMedia(DARK_QUERY);
  mq.addEventListener('change', onChange);
  return () => mq.removeEventListener('change', onChange);
}

function systemTheme(): Theme {
  return window.matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}

/**
 * The theme on screen: the chosen one (`theme` in the URL), else the system's
 * `prefers-color-scheme`, followed live. Sets `data-theme` on `<html>`, which the token
 * stylesheet (src/theme/tokens.css) reads.
 */
export function useThemeAttribute(): Theme {
  const chosen = useAtlasState((s) => s.theme);
  const system = useSyncExternalStore(subscribe, systemTheme, () => 'light' as const);
  const theme = chosen ?? system;
  useEffect(() => {
    document.documentElement.dataset['theme'] = theme;
  }, [theme]);
  return theme;
}
