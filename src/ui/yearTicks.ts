/** One year mark on the timeline and at which widths its label is written. */
export interface YearTick {
  readonly year: number;
  /** Labelled on wide screens (at most `wideMax` labels). */
  readonly wide: boolean;
  /** Labelled on narrow screens too (at most `narrowMax` labels). */
  readonly narrow: boolean;
}

/** Labels every `step`-th year counted from the first, plus the last. */
function labelled(years: readonly number[], step: number): Set<number> {
  const out = new Set<number>();
  years.forEach((y, i) => {
    if (i % step === 0) out.add(y);
  });
  const last = years[years.length - 1];
  if (last !== undefined) {
    // The last year is always written; drop its neighbour if the two would touch.
    const prev = years[years.length - 2];
    if (step > 1 && prev !== undefined && out.has(prev)) out.delete(prev);
    out.add(last);
  }
  return out;
}

/** Year marks from `min` to `max`, thinned so labels never crowd (12 wide, 6 narrow). */
export function yearTicks(min: number, max: number, wideMax = 12, narrowMax = 6): YearTick[] {
  const years: number[] = [];
  for (let y = min; y <= max; y++) years.push(y);
  const stepFor = (max: number) => Math.max(1, Math.ceil(years.length / Math.max(1, max)));
  const wideStep = stepFor(wideMax);
  // A multiple of the wide step, so every narrow label is also a wide one.
  const narrowStep = wideStep * Math.ceil(stepFor(narrowMax) / wideStep);
  const wide = labelled(years, wideStep);
  const narrow = labelled(years, narrowStep);
  return years.map((year) => ({ year, wide: wide.has(year), narrow: narrow.has(year) }));
}
