import { scaleLinear } from 'd3-scale';
import { approxTextWidth } from './approxTextWidth';
import type { MeasureText, PlacedLabel, Size } from './chartTypes';
import { truncateText } from './truncateText';

export interface HBarRow {
  readonly id: string;
  /** Full label, e.g. the sector or country name. */
  readonly label: string;
  readonly value: number;
  /** Drawn bold (the selected partner): its name and count are measured with `measureStrong`. */
  readonly strong?: boolean;
}

export interface HBar {
  readonly id: string;
  /** The row's value; NaN and negatives read as 0. */
  readonly value: number;
  /** Top of the row, px (a row is `rowHeight` tall, the bar is centred in it). */
  readonly rowY: number;
  readonly x: number;
  readonly y: number;
  /** Bar width, proportional to `value`. */
  readonly w: number;
  readonly h: number;
  /** Name left of the bar, right-aligned, shortened with "…" when it does not fit. */
  readonly label: PlacedLabel;
  /** Whether `label.text` was shortened (the full name then goes in a tooltip). */
  readonly truncated: boolean;
  /** The value written just past the bar's end. */
  readonly valueLabel: PlacedLabel;
}

export interface HBarsLayout {
  readonly width: number;
  /** Height the rows need, px (at most the requested height unless rows are at minimum). */
  readonly height: number;
  readonly rowHeight: number;
  /** Where the labels went: left of the bars, or above each bar. */
  readonly placement: 'side' | 'above';
  /** Left edge of the bars (the end of the label column), px. */
  readonly barLeft: number;
  /** Width of a bar with the largest value, px. */
  readonly barMax: number;
  /** Value → bar width in px; 0 for NaN. */
  readonly scale: (value: number) => number;
  readonly bars: readonly HBar[];
}

export interface HBarsOptions {
  readonly measure?: MeasureText;
  /**
   * Measures the text of `strong` rows, drawn bold, so that their name and count fit as drawn.
   * @defaultValue `measure` when one is given, else the bold estimate
   */
  readonly measureStrong?: MeasureText;
  readonly format?: (n: number) => string;
  /** Space kept under the rows, px (e.g. for a "+ N more" line). */
  readonly extraBottom?: number;
  /** Largest share of the width the label column may take, 0–1. @defaultValue 0.42 */
  readonly maxLabelShare?: number;
  /**
   * `'side'`: labels in a column left of the bars, shortened with "…" when too long.
   * `'auto'`: the same when every label fits the column, else each label on its own line
   * above its bar (narrow panels, long names). @defaultValue 'side'
   */
  readonly labels?: 'side' | 'auto';
}

const FONT = 12;
const GAP = 6;
const MIN_ROW = 18;
const MAX_ROW = 26;
/** Row height when labels sit above bars: label line, bar, gap. */
const ABOVE_ROW = 28;
const ABOVE_BAR = 10;

function clean(n: number): number {
  return Number.isFinite(n) && n > 0 ? n : 0;
}

/**
 * Horizontal bars in the given row order, one row each: label column, bar, value at the
 * bar's end (direct labelling, no axis). Rows share `size.height` up to a comfortable
 * row height; the layout's `height` is what they actually use.
 */
export function layoutHBars(
  rows: readonly HBarRow[],
  size: Size,
  options: HBarsOptions = {},
): HBarsLayout {
  const measure = options.measure ?? ((t: string) => approxTextWidth(t, FONT));
  const measureStrong =
    options.measureStrong ?? options.measure ?? ((t: string) => approxTextWidth(t, FONT, true));
  const measureOf = (r: HBarRow): MeasureText => (r.strong ? measureStrong : measure);
  const format = options.format ?? String;
  const width = clean(size.width);
  const extraBottom = clean(options.extraBottom ?? 0);
  const maxShare = options.maxLabelShare ?? 0.42;
  const n = rows.length;
  const values = rows.map((r) => clean(r.value));
  const widest = Math.max(0, ...rows.map((r) => measureOf(r)(r.label)));
  const sideCol = Math.min(widest, Math.max(0, width * maxShare));
  const placement = options.labels === 'auto' && widest > sideCol ? 'above' : 'side';
  const rowHeight =
    placement === 'above'
      ? ABOVE_ROW
      : n > 0
        ? Math.min(MAX_ROW, Math.max(MIN_ROW, Math.floor((clean(size.height) - extraBottom) / n)))
        : MAX_ROW;
  const barH = placement === 'above' ? ABOVE_BAR : Math.round(rowHeight * 0.64);
  const labelCol = placement === 'above' ? width : sideCol;
  const barLeft = placement === 'above' ? 0 : Math.ceil(labelCol + GAP);
  const valueCol = Math.max(0, ...rows.map((r, i) => measureOf(r)(format(values[i] ?? 0)))) + GAP;
  const barMax = Math.max(0, width - barLeft - valueCol - 2);
  const linear = scaleLinear([0, Math.max(0, ...values) || 1], [0, barMax]);
  const scale = (v: number): number => linear(clean(v));

  const bars = rows.map((r, i): HBar => {
    const value = values[i] ?? 0;
    const rowY = i * rowHeight;
    const w = scale(value);
    const text = truncateText(r.label, labelCol, measureOf(r));
    const y = placement === 'above' ? rowY + FONT + 4 : rowY + (rowHeight - barH) / 2;
    const mid = y + barH / 2;
    const label: PlacedLabel =
      placement === 'above'
        ? { x: 0, y: rowY + FONT, text, anchor: 'start' }
        : { x: barLeft - GAP, y: mid + 4, text, anchor: 'end' };
    return {
      id: r.id,
      value,
      rowY,
      x: barLeft,
      y,
      w,
      h: barH,
      label,
      truncated: text !== r.label,
      valueLabel: { x: barLeft + w + 4, y: mid + 4, text: format(value), anchor: 'start' },
    };
  });

  return {
    width,
    height: n * rowHeight + extraBottom,
    rowHeight,
    placement,
    barLeft,
    barMax,
    scale,
    bars,
  };
}
