import { analystStrings } from '../../i18n/analystStrings';
import { useAtlas, useAtlasState } from '../AtlasContext';
import { useThemeAttribute } from './useThemeAttribute';

/** `Dark theme` / `Light theme` (SPEC §3): switches away from the theme on screen (`theme=` in the URL). */
export function ThemeButton() {
  const { store } = useAtlas();
  const lang = useAtlasState((s) => s.lang);
  const theme = useThemeAttribute();
  const a = analystStrings[lang];
  return (
    <button
      type="button"
      className="quiet"
      onClick={() => store.setState({ theme: theme === 'dark' ? 'light' : 'dark' })}
    >
      {theme === 'dark' ? a.lightTheme : a.darkTheme}
    </button>
  );
}
