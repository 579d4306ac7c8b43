import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { createBriefingStore, type BriefingState } from '../../state/scenesStore';
import type { Briefing } from './useBriefing';

/** The briefing, for the scenes panel, the `Scene` status and the slide export. */
export const BriefingContext = createContext<Briefing | null>(null);

/** The briefing, or null where there is none (the prerendered page). */
export function useBriefingContext(): Briefing | null {
  return useContext(BriefingContext);
}

/** Stands in where there is no briefing, so hooks run the same way. */
const FALLBACK = createBriefingStore();

/** A narrow read of the briefing store (an empty briefing where there is none). */
export function useBriefingState<T>(selector: (s: BriefingState) => T): T {
  const briefing = useBriefingContext();
  return useStore(briefing?.store ?? FALLBACK, selector);
}
