/**
 * How far the file being opened is (0–1), held outside React state so a step of the progress bar
 * re-renders the bar alone, not the page that holds the opener. Tells subscribers only when the
 * whole percent changes.
 */
export interface OpenProgress {
  readonly get: () => number;
  readonly subscribe: (onChange: () => void) => () => void;
  readonly set: (fraction: number) => void;
}

export function createOpenProgress(): OpenProgress {
  let fraction = 0;
  const listeners = new Set<() => void>();
  return {
    get: () => fraction,
    subscribe: (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    set: (next) => {
      if (Math.round(next * 100) === Math.round(fraction * 100)) return;
      fraction = next;
      for (const l of listeners) l();
    },
  };
}
