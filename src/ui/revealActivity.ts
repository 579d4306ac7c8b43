import { useEffect, useRef, useState, type RefObject } from 'react';

/** A request to bring one activity into view in the details; `n` makes a repeated click count. */
export interface Reveal {
  readonly id: string;
  readonly n: number;
}

let latest: Reveal | null = null;
const listeners = new Set<(r: Reveal) => void>();

/**
 * Asks the details to bring activity `id` into view and mark it: a table row opens its country's
 * details at the row's own activity, not at the top of the country's list. Call it before
 * opening the country, so details that mount for it find the request.
 */
export function revealActivity(id: string): void {
  latest = { id, n: (latest?.n ?? 0) + 1 };
  const r = latest;
  listeners.forEach((l) => l(r));
}

/** The latest reveal request (null before any). */
export function useReveal(): Reveal | null {
  const [reveal, setReveal] = useState(latest);
  useEffect(() => {
    listeners.add(setReveal);
    return () => {
      listeners.delete(setReveal);
    };
  }, []);
  return reveal;
}

/**
 * For the details of `iso3` in `container`: scrolls a requested activity (`data-activity-id`) into
 * view when its reveal arrives, and returns its id while it stays marked: until another country
 * opens or the details close.
 */
export function useRevealedActivity(
  iso3: string | null,
  container: RefObject<HTMLElement | null>,
): string | null {
  const reveal = useReveal();
  const [marked, setMarked] = useState<string | null>(null);
  const handled = useRef(reveal?.n ?? 0);
  const shownFor = useRef<string | null>(null);
  useEffect(() => {
    const fresh = reveal !== null && reveal.n !== handled.current;
    if (iso3 !== shownFor.current && !fresh) setMarked(null);
    shownFor.current = iso3;
    if (!iso3 || !reveal || !fresh) return;
    handled.current = reveal.n;
    const item = container.current?.querySelector(`[data-activity-id="${CSS.escape(reveal.id)}"]`);
    item?.scrollIntoView({ block: 'start' });
    setMarked(item ? reveal.id : null);
  }, [iso3, reveal, container]);
  return marked;
}
