import { useEffect } from 'react';
import type { AtlasStore } from '../state/store';
import { useAtlasState } from './AtlasContext';

/** How long each year stays on screen while playing, in ms. */
export const PLAY_STEP_MS = 1200;

/** While playing, advances `to` one year per step and stops by itself at the last year. */
export function usePlayback(store: AtlasStore, span: { min: number; max: number }): void {
  const playing = useAtlasState((s) => s.playing);
  const to = useAtlasState((s) => s.to);
  useEffect(() => {
    if (!playing) return undefined;
    const current = to ?? span.max;
    if (current >= span.max) {
      store.setState({ playing: false });
      return undefined;
    }
    const id = window.setTimeout(() => {
      const next = current + 1;
      store.setState({ to: next >= span.max ? null : next, playing: next < span.max });
    }, PLAY_STEP_MS);
    return () => window.clearTimeout(id);
  }, [playing, to, span.max, store]);
}

/** Starts playback; from the last year it first rewinds `to` to `from` so the reach grows again. */
export function startPlayback(store: AtlasStore, span: { min: number; max: number }): void {
  const s = store.getState();
  const to = s.to ?? span.max;
  const from = s.from ?? span.min;
  if (to >= span.max)
    store.setState({ to: from === span.max ? null : from, playing: from < span.max });
  else store.setState({ playing: true });
}
