import { useStore } from 'zustand';
import { briefingStrings } from '../../i18n/briefingStrings';
import { playbackMode } from '../../state/scenesStore';
import { useAtlasState } from '../AtlasContext';

/** Beside Play: play one year at a time instead of the growing range. */
export function YearByYearToggle() {
  const lang = useAtlasState((s) => s.lang);
  const yearByYear = useStore(playbackMode, (m) => m.yearByYear);
  return (
    <label className="year-by-year">
      <input
        type="checkbox"
        checked={yearByYear}
        onChange={(e) => playbackMode.setState({ yearByYear: e.target.checked })}
      />
      <span>{briefingStrings[lang].yearByYear}</span>
    </label>
  );
}
