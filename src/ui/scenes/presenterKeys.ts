import type { AtlasStore } from '../../state/store';
import type { Briefing } from './useBriefing';

function typesText(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target instanceof HTMLInputElement ||
    target.tagName === 'TEXTAREA' ||
    target.tagName === 'SELECT' ||
    target.isContentEditable
  );
}

/**
 * The presenter's keys (a clicker sends PageDown/PageUp). While the screen is black any key
 * brings it back (and does nothing else). In presentation mode: `B` or `.` black the screen;
 * with scenes, PageDown/PageUp step them and Home/End jump to the first/last. Returns whether the
 * key was used; an unused key goes on to the other shortcuts (PageDown then steps the year).
 */
export function presenterKey(e: KeyboardEvent, briefing: Briefing, atlas: AtlasStore): boolean {
  if (briefing.store.getState().blackout) {
    briefing.store.setState({ blackout: false });
    return true;
  }
  if (!atlas.getState().presenting) return false;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  switch (key) {
    case 'b':
    case '.':
      if (typesText(e.target)) return false;
      briefing.store.setState({ blackout: true });
      return true;
    case 'PageDown':
      return briefing.step(1);
    case 'PageUp':
      return briefing.step(-1);
    case 'Home':
      return !typesText(e.target) && briefing.jump('first');
    case 'End':
      return !typesText(e.target) && briefing.jump('last');
    default:
      return false;
  }
}
