import type { Briefing } from './useBriefing';

/**
 * Copies the page's link with the briefing in its hash (`#scenes=…`) when there are scenes: the
 * address bar holds that link while `copy` reads it, then returns to what it was.
 */
export function copyWithScenes(briefing: Briefing, copy: () => void): void {
  void briefing.linkHash().then((hash) => {
    if (hash === null) {
      copy();
      return;
    }
    const { pathname, search, hash: before } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${search}#${hash}`);
    copy();
    window.history.replaceState(window.history.state, '', `${pathname}${search}${before}`);
  });
}
