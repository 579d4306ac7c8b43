import type { KeyboardEvent, PointerEvent } from 'react';

export interface YearThumbProps {
  readonly label: string;
  readonly value: number;
  /** Bounds this thumb may take (the other thumb limits it). */
  readonly min: number;
  readonly max: number;
  /** Position along the track, 0–100. */
  readonly percent: number;
  readonly onChange: (year: number) => void;
  /** Starts a pointer drag; the track converts pointer x to years. */
  readonly onDragStart: (e: PointerEvent<HTMLDivElement>) => void;
  readonly className: string;
}

/**
 * One thumb of the year range: an ARIA slider (a native range input cannot share a track with a
 * second one without the two overlapping as touch targets).
 */
export function YearThumb(p: YearThumbProps) {
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step: Partial<Record<string, number>> = {
      ArrowLeft: -1,
      ArrowDown: -1,
      ArrowRight: 1,
      ArrowUp: 1,
      PageDown: -1,
      PageUp: 1,
    };
    let next: number | null = null;
    const delta = step[e.key];
    if (delta !== undefined) next = p.value + delta;
    else if (e.key === 'Home') next = p.min;
    else if (e.key === 'End') next = p.max;
    if (next === null) return;
    e.preventDefault();
    const clamped = Math.min(p.max, Math.max(p.min, next));
    if (clamped !== p.value) p.onChange(clamped);
  };
  return (
    <div
      role="slider"
      tabIndex={0}
      aria-label={p.label}
      aria-valuemin={p.min}
      aria-valuemax={p.max}
      aria-valuenow={p.value}
      aria-orientation="horizontal"
      className={`thumb ${p.className}`}
      style={{ left: `${p.percent}%` }}
      onKeyDown={onKeyDown}
      onPointerDown={p.onDragStart}
    >
      <span className="thumb-value" aria-hidden="true">
        {p.value}
      </span>
    </div>
  );
}
