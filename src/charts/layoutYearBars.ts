import { scaleLinear } from 'd3-scale';
import type { YearBin } from '../data/selection';
import { approxTextWidth } from './approxTextWidth';
import type { MeasureText, PlacedLabel, Size } from './chartTypes';

/** One sector's share of a year's bar. */
export interface YearSegment {
  /** `year:sectorId`, stable across renders. */
  readonly key: string;
  /** null for the part of a total no listed sector accounts for. */
  readonly sectorId: string | null;
  /** Activities of this sector that year (an activity with two sectors counts in both). */
  readonly count: number;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface YearBar {
  readonly year: number;
  readonly total: number;
  readonly inRange: boolean;
  /** The year's whole band, px: the bar spans `[x, x + w]`, top `y`, height `h`. */
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  /** Bottom to top in `sectorIds` order; only sectors with activities that year. */
  readonly segments: readonly YearSegment[];
  /** The total written above the bar; null when it would not fit or is zero. */
  readonly label: PlacedLabel | null;
}

export interface YearBarsLayout {
  readonly width: number;
  readonly height: number;
  /** Plot area in px (bars, gridlines and the brush live inside it). */
  readonly plot: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
  };
  /** Every year from the first to the last, one band each, oldest first. */
  readonly years: readonly number[];
  /** Width of one year's band including its padding, px. */
  readonly step: number;
  readonly bars: readonly YearBar[];
  /** Year labels under the axis, thinned to every 1, 2, 5, 10… years when crowded. */
  readonly xTicks: readonly (PlacedLabel & { readonly year: number })[];
  /** Integer gridlines with their labels, bottom to top. */
  readonly yTicks: readonly {
    readonly value: number;
    readonly y: number;
    readonly label: PlacedLabel;
  }[];
}

export interface YearBarsOptions {
  /** Measures 12 px text; defaults to an estimate so the layout runs in Node. */
  readonly measure?: MeasureText;
  /** Formats counts for labels. */
  readonly format?: (n: number) => string;
}

const THIN_STEPS = [1, 2, 5, 10, 20, 25, 50, 100] as const;
const MAX_YEARS = 1000;
/** Widest bar, px: few years on a wide chart stay bars, not slabs. */
const MAX_BAR = 56;
const FONT = 12;

function finite(n: number): number {
  return Number.isFinite(n) && n > 0 ? n : 0;
}

/** Contiguous years covering the bins' years (gaps filled), oldest first. */
function yearsOf(perYear: readonly YearBin[]): number[] {
  const ys = perYear.map((b) => b.year).filter((y) => Number.isInteger(y));
  if (ys.length === 0) return [];
  const lo = Math.min(...ys);
  const hi = Math.max(...ys);
  if (hi - lo >= MAX_YEARS) return [...new Set(ys)].sort((a, b) => a - b);
  return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
}

/** Smallest of 1, 2, 5, 10… years between labels that keeps labels `minGap` px apart. */
function thinEvery(step: number, labelWidth: number): number {
  const need = labelWidth + 8;
  return THIN_STEPS.find((k) => k * step >= need) ?? THIN_STEPS[THIN_STEPS.length - 1] ?? 1;
}

/**
 * Stacked bars of activities per year, split by sector.
 *
 * A bar's height is the year's total. Because an activity with two sectors counts in both,
 * the sector counts can add up to more than the total; the segments then share the bar in
 * proportion to their counts, so the stack always equals the total (exact counts are
 * given in `count`, for tooltips and tables). Years outside the range keep their bars
 * (`inRange: false`, drawn greyed) so the scale does not jump when the range changes.
 */
export function layoutYearBars(
  perYear: readonly YearBin[],
  sectorIds: readonly string[],
  size: Size,
  options: YearBarsOptions = {},
): YearBarsLayout {
  const measure = options.measure ?? ((t: string) => approxTextWidth(t, FONT));
  const format = options.format ?? String;
  const width = finite(size.width);
  const height = finite(size.height);
  const years = yearsOf(perYear);
  const byYear = new Map(perYear.map((b) => [b.year, b]));
  const max = Math.max(0, ...perYear.map((b) => finite(b.total)));

  const top = FONT + 6;
  const bottom = Math.max(top, height - (FONT + 8));
  const y = scaleLinear([0, max || 1], [bottom, top]);
  const tickCount = Math.max(2, Math.floor((bottom - top) / 36));
  y.nice(tickCount);
  const tickValues = y.ticks(tickCount).filter((v) => Number.isInteger(v));
  const left = Math.ceil(Math.max(0, ...tickValues.map((v) => measure(format(v)))) + 8);
  const right = Math.max(left, width - 4);

  const n = years.length;
  const step = n > 0 ? (right - left) / n : 0;
  const pad = step >= 6 ? 0.2 : 0.1;
  const barW = Math.min(step * (1 - pad), MAX_BAR);

  const bars = years.map((year, i): YearBar => {
    const bin = byYear.get(year);
    const total = bin ? finite(bin.total) : 0;
    const x = left + (i + 0.5) * step - barW / 2;
    const yTop = y(total);
    const counts = sectorIds.map((id) => ({ id, count: finite(bin?.bySector[id] ?? 0) }));
    const sum = counts.reduce((s, c) => s + c.count, 0);
    const segments: YearSegment[] = [];
    if (total > 0) {
      let acc = 0;
      const parts: { id: string | null; count: number; share: number }[] =
        sum > 0
          ? counts.filter((c) => c.count > 0).map((c) => ({ ...c, share: (c.count / sum) * total }))
          : [{ id: null, count: total, share: total }];
      for (const p of parts) {
        const y0 = y(acc);
        acc += p.share;
        const y1 = y(acc);
        segments.push({
          key: `${year}:${p.id ?? ''}`,
          sectorId: p.id,
          count: p.count,
          x,
          y: y1,
          w: barW,
          h: y0 - y1,
        });
      }
    }
    const text = format(total);
    const label: PlacedLabel | null =
      total > 0 && measure(text) <= step - 1
        ? { x: x + barW / 2, y: yTop - 4, text, anchor: 'middle' }
        : null;
    return {
      year,
      total,
      inRange: bin?.inRange ?? false,
      x,
      y: yTop,
      w: barW,
      h: bottom - yTop,
      segments,
      label,
    };
  });

  const every = thinEvery(step, measure('0000'));
  const indexed = years.map((year, i) => ({ year, i }));
  const thinned = indexed.filter(({ year }) => year % every === 0);
  const xTicks = (thinned.length > 0 ? thinned : indexed.slice(0, 1)).map(({ year, i }) => {
    const text = String(year);
    const half = measure(text) / 2;
    const cx = left + (i + 0.5) * step;
    const anchor = cx - half < 0 ? 'start' : cx + half > width ? 'end' : 'middle';
    const lx =
      anchor === 'start'
        ? Math.max(0, cx - step / 2)
        : anchor === 'end'
          ? Math.min(width, cx + step / 2)
          : cx;
    return { year, x: lx, y: bottom + FONT + 4, text, anchor } as const;
  });
  const yTicks = tickValues.map((value) => ({
    value,
    y: y(value),
    label: { x: left - 6, y: y(value) + 4, text: format(value), anchor: 'end' } as const,
  }));

  return { width, height, plot: { left, right, top, bottom }, years, step, bars, xTicks, yTicks };
}
