import { useEffect, useState } from 'react';
import { loadWorld } from './loadWorld';
import type { SvgBasemap } from './svgBasemap';

export type WorldState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly message: string }
  | { readonly status: 'ready'; readonly world: SvgBasemap };

/** Loads the SVG map's basemap once (shared across mounts), when `enabled`. */
export function useWorld(enabled: boolean): WorldState {
  const [state, setState] = useState<WorldState>({ status: 'loading' });
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    loadWorld().then(
      (world) => {
        if (live) setState({ status: 'ready', world });
      },
      (err: unknown) => {
        if (live)
          setState({ status: 'error', message: err instanceof Error ? err.message : String(err) });
      },
    );
    return () => {
      live = false;
    };
  }, [enabled]);
  return state;
}
