import { useEffect } from 'react';
import type { AtlasStore } from '../../state/store';
import type { BriefingStore } from '../../state/scenesStore';

/**
 * Presentation mode asks for full screen (from the key or click that started it, so the browser
 * sees a user gesture) and leaves it with the mode; a refusal (iframes, kiosk policies, tests) is
 * ignored. Leaving also lifts a blacked-out screen.
 */
export function usePresentationScreen(atlas: AtlasStore, briefing: BriefingStore): void {
  useEffect(
    () =>
      atlas.subscribe((s, prev) => {
        if (s.presenting === prev.presenting) return;
        const root = document.documentElement;
        if (s.presenting) {
          if (document.fullscreenEnabled && !document.fullscreenElement)
            root.requestFullscreen().catch(() => undefined);
        } else {
          briefing.setState({ blackout: false });
          if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
        }
      }),
    [atlas, briefing],
  );
}
