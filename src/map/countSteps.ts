import { words } from '../i18n/words';
import { LIGHT } from '../theme/tokens';

/** Counts as the rest of the atlas writes them; English and Korean both group with commas. */
const count = words('en').number;

/** One colour step of the partner scale: counts in `[min, max]`, both inclusive. */
export interface CountStep {
  readonly min: number;
  readonly max: number;
  /** CSS colour: `palette[shade]`. */
  readonly color: string;
  /** Which of the palette's colours the step takes (0 = the fewest activities' colour). */
  readonly shade: number;
  /** `"1"`, `"2–3"`, `"1,000–9,999"`: the range as the legend writes it. */
  readonly label: string;
}

/** Most steps the scale uses (DESIGN: 5 to 7): one per colour of the theme's partner steps. */
export const MAX_STEPS = LIGHT.partnerSteps.length;

/** Up to this maximum, steps are consecutive integers chosen on a log scale. */
const INTEGER_STEPS_UP_TO = 15;

/** Nearest number of the 1–2–3–5 ladder (1, 2, 3, 5, 10, 20, 30, 50, 100, …) to `x` ≥ 1. */
function nice(x: number): number {
  const exp = 10 ** Math.floor(Math.log10(x));
  let best = 1;
  for (const m of [1, 2, 3, 5, 10]) {
    const v = m * exp;
    if (Math.abs(Math.log(v / x)) < Math.abs(Math.log(best / x))) best = v;
  }
  return best;
}

function lowerBounds(max: number): number[] {
  if (max <= MAX_STEPS) return Array.from({ length: max }, (_, i) => i + 1);
  const mins = [1];
  for (let i = 1; i < MAX_STEPS; i++) {
    const target = max ** (i / MAX_STEPS);
    const prev = mins[mins.length - 1] ?? 1;
    const v = max <= INTEGER_STEPS_UP_TO ? Math.max(prev + 1, Math.round(target)) : nice(target);
    if (v > prev && v <= max) mins.push(v);
  }
  return mins;
}

/**
 * Quantized steps for activity counts 1..`maxCount`: up to {@link MAX_STEPS} ranges whose lower
 * bounds grow geometrically (counts are skewed: a few countries have most activities); above 15
 * they are snapped to the 1–2–3–5 ladder. Maxima up to 6 get one step per count. Empty when
 * `maxCount` < 1 or not a number. Colours are the theme's `partnerSteps`, lightest to darkest;
 * fewer steps take colours spread evenly across them.
 */
export function countSteps(
  maxCount: number,
  palette: readonly string[] = LIGHT.partnerSteps,
): CountStep[] {
  if (!Number.isFinite(maxCount) || maxCount < 1) return [];
  const max = Math.floor(maxCount);
  const mins = lowerBounds(max);
  const n = mins.length;
  return mins.map((min, i) => {
    const top = (mins[i + 1] ?? max + 1) - 1;
    const last = palette.length - 1;
    const at = n === 1 ? last : Math.round((last * i) / (n - 1));
    return {
      min,
      max: top,
      color: palette[at] ?? '',
      shade: at,
      label: min === top ? count(min) : `${count(min)}–${count(top)}`,
    };
  });
}

/**
 * The step `count` is painted in: the last one starting at or below it (the first for smaller
 * counts); undefined when there are no steps. The SVG map's fill and MapLibre's `shade` state
 * both read it.
 */
export function stepOf(count: number, steps: readonly CountStep[]): CountStep | undefined {
  return steps.findLast((s) => count >= s.min) ?? steps[0];
}

/**
 * The same steps in another palette of the same length (another theme's `partnerSteps`, or their
 * custom properties): ranges and labels stay, each step takes the colour of its shade.
 */
export function withPalette(
  steps: readonly CountStep[],
  palette: readonly string[],
): readonly CountStep[] {
  return steps.map((s) => ({ ...s, color: palette[s.shade] ?? s.color }));
}
