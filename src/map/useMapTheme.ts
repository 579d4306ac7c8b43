import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useSyncExternalStore, type RefObject } from 'react';
import { themeOnScreen, watchThemeOnScreen } from '../theme/themeOnScreen';
import { THEMES, type ThemeName } from '../theme/tokens';
import { mapColors } from './mapColors';
import { themePaint } from './mapStyle';
import { markBusy } from './mapSyncState';

/** The theme the page shows, followed live (`data-theme` on `<html>`). */
export function useThemeOnScreen(): ThemeName {
  return useSyncExternalStore(watchThemeOnScreen, themeOnScreen, () => 'light' as const);
}

/**
 * Paints the MapLibre map, created once, in the theme on screen: on a theme change every colour of
 * the style is re-set with `setPaintProperty` (see `themePaint`). The one place the map's colours
 * are set after its first style.
 */
export function useMapTheme(
  map: MapLibreMap | null,
  regionRef: RefObject<HTMLElement | null>,
): void {
  const theme = useThemeOnScreen();
  useEffect(() => {
    if (!map) return;
    const colors = THEMES[theme].colors;
    for (const [layer, property, value] of themePaint(mapColors(colors)))
      map.setPaintProperty(layer, property, value);
    markBusy(map, regionRef);
  }, [map, theme, regionRef]);
}
