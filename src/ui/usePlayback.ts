import { useEffect } from 'react';
import { useStore } from 'zustand';
import { playbackMode } from '../state/scenesStore';
import type { AtlasStore } from '../state/store';
import { setYears } from '../state/updaters';
import { useAtlasState } from './AtlasContext';

/** How long each year stays on screen while playing, in ms. */
export const PLAY_STEP_MS = 1200;

type Span = { readonly min: number; readonly max: number };

/**
 * While playing, advances `to` one year per step and stops by itself at the last year; `Year by
 * year` moves `from` along with it, so each step shows one year instead of a growing range.
 */
export function usePlayback(store: AtlasStore, span: Span): void {
  const playing = useAtlasState((s) => s.playing);
  const to = useAtlasState((s) => s.to);
  const yearByYear = useStore(playbackMode, (m) => m.yearByYear);
  useEffect(() => {
    if (!playing) return undefined;
    const current = to ?? span.max;
    if (current >= span.max) {
      store.setState({ playing: false });
      return undefined;
    }
    const id = window.setTimeout(() => {
      const next = current + 1;
      const s = store.getState();
      const from = yearByYear ? next : (s.from ?? span.min);
      store.setState({ ...setYears(s, from, next, span), playing: next < span.max });
    }, PLAY_STEP_MS);
    return () => window.clearTimeout(id);
  }, [playing, to, span, store, yearByYear]);
}

/**
 * Starts playback. Growing (default): from the last year it first rewinds `to` to `from` so the
 * reach grows again. Year by year: shows the range's first year alone, then steps one at a time
 * (a single year already shown carries on from there).
 */
export function startPlayback(store: AtlasStore, span: Span): void {
  const s = store.getState();
  const to = s.to ?? span.max;
  const from = s.from ?? span.min;
  if (playbackMode.getState().yearByYear) {
    const start = from === to && to < span.max ? to : from;
    store.setState({ ...setYears(s, start, start, span), playing: start < span.max });
    return;
  }
  if (to >= span.max)
    store.setState({ to: from === span.max ? null : from, playing: from < span.max });
  else store.setState({ playing: true });
}
