import { useRef, type PointerEvent, type RefObject } from 'react';

export type Thumb = 'from' | 'to';

/** The pointer half of the timeline: dragging a thumb, and pressing the track to move one. */
export interface RangeDrag {
  /** The track: its box converts pointer x to years. */
  readonly trackRef: RefObject<HTMLDivElement | null>;
  /** Starts dragging `which` thumb from a pointer press on it. */
  readonly drag: (which: Thumb) => (e: PointerEvent<HTMLElement>) => void;
  /** A press on the track moves the nearer thumb there and keeps dragging it. */
  readonly onTrackDown: (e: PointerEvent<HTMLDivElement>) => void;
}

/**
 * Pointer dragging for the two-thumb year range over `span`; `set` receives whole years. The
 * listeners live on the pressed element (pointer capture) and go when the pointer is released.
 */
export function useRangeDrag(
  span: { readonly min: number; readonly max: number },
  range: { readonly from: number; readonly to: number },
  set: (which: Thumb, year: number) => void,
): RangeDrag {
  const trackRef = useRef<HTMLDivElement>(null);

  const yearAt = (clientX: number): number => {
    const box = trackRef.current?.getBoundingClientRect();
    if (!box || box.width === 0) return span.min;
    const f = Math.min(1, Math.max(0, (clientX - box.left) / box.width));
    return Math.round(span.min + f * (span.max - span.min));
  };

  const drag = (which: Thumb) => (e: PointerEvent<HTMLElement>) => {
    e.preventDefault();
    const target = e.currentTarget;
    target.setPointerCapture(e.pointerId);
    const move = (ev: globalThis.PointerEvent) => {
      set(which, yearAt(ev.clientX));
    };
    const end = () => {
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', end);
      target.removeEventListener('pointercancel', end);
    };
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', end);
    target.addEventListener('pointercancel', end);
  };

  const onTrackDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return;
    const year = yearAt(e.clientX);
    const which: Thumb =
      Math.abs(year - range.from) <= Math.abs(year - range.to) && year <= range.to ? 'from' : 'to';
    set(which, year);
    drag(which)(e);
  };

  return { trackRef, drag, onTrackDown };
}
