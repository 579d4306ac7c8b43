import { useEffect, useRef } from 'react';
import type { AtlasStore } from '../state/store';
import { selectCountry, setYears } from '../state/updaters';
import { startPlayback } from './usePlayback';

export interface ShortcutHandlers {
  readonly store: AtlasStore;
  readonly span: { readonly min: number; readonly max: number };
  readonly fitToPartners: () => void;
  /** The presenter's keys (scenes, black screen), asked first; true = the key was used. */
  readonly onPresenterKey?: (e: KeyboardEvent) => boolean;
}

/** Keys that type text or move a focused control must reach it, not us. */
/** Input types that take no typed text, so letter shortcuts still work while they have focus. */
const NON_TEXT_INPUTS = new Set([
  'checkbox',
  'radio',
  'file',
  'button',
  'submit',
  'reset',
  'range',
]);

function isEditable(target: EventTarget | null): boolean {
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(target.type);
  if (!(target instanceof HTMLElement)) return false;
  return target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' || target.isContentEditable;
}

function isControl(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    isEditable(target) ||
    target instanceof HTMLInputElement ||
    target.tagName === 'BUTTON' ||
    target.tagName === 'A' ||
    target.closest('.maplibregl-canvas-container') !== null
  );
}

/**
 * Global keys for presenters (a clicker sends PageUp/PageDown): P present, Escape close or exit,
 * Space or K play/pause, ←/→ and PageUp/PageDown step the last year, F fit to partners, L language.
 */
export function useShortcuts(h: ShortcutHandlers): void {
  const ref = useRef(h);
  useEffect(() => {
    ref.current = h;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const { store, span, fitToPartners, onPresenterKey } = ref.current;
      if (onPresenterKey?.(e)) {
        e.preventDefault();
        return;
      }
      const s = store.getState();
      const step = (delta: number) => {
        const to = (s.to ?? span.max) + delta;
        const from = s.from ?? span.min;
        store.setState(
          setYears({ ...s, playing: false }, Math.min(from, to), Math.max(from, to), span),
        );
      };
      if (e.key === 'Escape') {
        if (s.country) store.setState(selectCountry(s, null));
        else if (s.presenting) store.setState({ presenting: false });
        else return;
        e.preventDefault();
        return;
      }
      if (isEditable(e.target)) return;
      const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
      switch (key) {
        case 'p':
          store.setState({ presenting: !s.presenting });
          break;
        case 'k':
          if (s.playing) store.setState({ playing: false });
          else startPlayback(store, span);
          break;
        case ' ':
          if (isControl(e.target)) return;
          if (s.playing) store.setState({ playing: false });
          else startPlayback(store, span);
          break;
        case 'f':
          fitToPartners();
          break;
        case 'l':
          store.setState({ lang: s.lang === 'en' ? 'ko' : 'en' });
          break;
        case 'PageDown':
          step(1);
          break;
        case 'PageUp':
          step(-1);
          break;
        case 'ArrowRight':
          if (isControl(e.target)) return;
          step(1);
          break;
        case 'ArrowLeft':
          if (isControl(e.target)) return;
          step(-1);
          break;
        default:
          return;
      }
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
