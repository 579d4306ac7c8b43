import { useEffect, useRef, type RefObject } from 'react';

/**
 * A panel's focus while `openKey` is set (a country's details): focus moves to `target` each
 * time the key changes, and when the panel closes it goes back to what had it before the panel
 * opened (a partner button, the map, a table row, Find), so a keyboard or screen-reader user
 * keeps their place. Focus is given back only if the close left it nowhere (on the body), not
 * when the visitor has already moved it elsewhere.
 */
export function useFocusReturn(
  openKey: string | null,
  target: RefObject<HTMLElement | null>,
): void {
  const opener = useRef<HTMLElement | null>(null);
  const open = openKey !== null;
  useEffect(() => {
    if (!open) return undefined;
    const active = document.activeElement;
    opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
    return () => {
      const back = opener.current;
      opener.current = null;
      // After the panel has gone: its focused button was removed with it.
      queueMicrotask(() => {
        const lost = document.activeElement === null || document.activeElement === document.body;
        if (lost && back?.isConnected) back.focus({ preventScroll: true });
      });
    };
  }, [open]);
  useEffect(() => {
    if (openKey !== null) target.current?.focus({ preventScroll: true });
  }, [openKey, target]);
}
