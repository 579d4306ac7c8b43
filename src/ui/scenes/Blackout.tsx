import { briefingStrings } from '../../i18n/briefingStrings';
import { useAtlasState } from '../AtlasContext';
import { useBriefingContext, useBriefingState } from './BriefingContext';

/** The blacked-out screen (`B` or `.` while presenting); any key or a click brings the view back. */
export function Blackout() {
  const briefing = useBriefingContext();
  const blackout = useBriefingState((s) => s.blackout);
  const lang = useAtlasState((s) => s.lang);
  if (!blackout || !briefing) return null;
  return (
    <div
      className="blackout"
      role="status"
      aria-label={briefingStrings[lang].blackout}
      onClick={() => briefing.store.setState({ blackout: false })}
    />
  );
}
