import type { PartnerStat } from '../data/selection';
import type { MeasureText, PlacedLabel, Size } from './chartTypes';
import { layoutHBars, type HBar, type HBarsLayout } from './layoutHBars';

export interface PartnerBar extends HBar {
  /** Activities that name the country itself (at most `value`). */
  readonly direct: number;
  /** Width of the part for activities that name the country itself, px (from `x`). */
  readonly directW: number;
  /** Reached only through groups (e.g. ASEAN): drawn lighter and hatched. */
  readonly viaOnly: boolean;
  readonly selected: boolean;
  readonly stat: PartnerStat;
}

export interface PartnerBarsLayout extends Omit<HBarsLayout, 'bars'> {
  readonly bars: readonly PartnerBar[];
  /** Partner countries not drawn (beyond the top `maxBars`). */
  readonly more: number;
  /** Where the "+ N more" line goes; null when nothing is left out. */
  readonly moreLabel: PlacedLabel | null;
  /** Whether any drawn partner is reached through a group (the legend then explains it). */
  readonly anyVia: boolean;
}

export interface PartnerBarsOptions {
  /** Country name in the UI language. @defaultValue the ISO3 code */
  readonly label?: (iso3: string) => string;
  /** ISO3 of the selected country: highlighted, and drawn even when outside the top. */
  readonly selected?: string | null;
  readonly measure?: MeasureText;
  /** Measures the selected country's name and count, which are drawn bold. */
  readonly measureStrong?: MeasureText;
  readonly format?: (n: number) => string;
  /** Text of the "+ N more" line. */
  readonly moreText?: (n: number) => string;
}

const MORE_LINE = 20;

/**
 * Horizontal bars of activities per partner country, most first (ties in the given
 * order), the top `maxBars` drawn and the rest summarised as "+ N more". A selected
 * country outside the top is added as one more bar. Each bar splits into the activities
 * naming the country and those reaching it only through a group.
 */
export function layoutPartnerBars(
  partners: readonly PartnerStat[],
  size: Size,
  maxBars: number,
  options: PartnerBarsOptions = {},
): PartnerBarsLayout {
  const label = options.label ?? ((iso3: string) => iso3);
  const selected = options.selected ?? null;
  const count = (p: PartnerStat): number => (Number.isFinite(p.count) ? p.count : 0);
  const sorted = partners
    .map((p, i) => ({ p, i }))
    .sort((a, b) => count(b.p) - count(a.p) || a.i - b.i)
    .map(({ p }) => p);
  const limit = Number.isFinite(maxBars) ? Math.max(0, Math.floor(maxBars)) : sorted.length;
  const shown = sorted.slice(0, limit);
  const extra = sorted.slice(limit).find((p) => p.iso3 === selected);
  if (extra) shown.push(extra);
  const more = sorted.length - shown.length;

  const base = layoutHBars(
    shown.map((p) => ({
      id: p.iso3,
      label: label(p.iso3),
      value: p.count,
      strong: p.iso3 === selected,
    })),
    size,
    {
      extraBottom: more > 0 ? MORE_LINE : 0,
      ...(options.measure ? { measure: options.measure } : {}),
      ...(options.measureStrong ? { measureStrong: options.measureStrong } : {}),
      ...(options.format ? { format: options.format } : {}),
    },
  );
  const bars = base.bars.map((b, i): PartnerBar => {
    const stat = shown[i] ?? { iso3: b.id, count: 0, direct: 0, viaGroups: [], regionId: '' };
    const direct = Number.isFinite(stat.direct) ? Math.min(Math.max(0, stat.direct), b.value) : 0;
    return {
      ...b,
      direct,
      directW: base.scale(direct),
      viaOnly: b.value > 0 && direct === 0,
      selected: stat.iso3 === selected,
      stat,
    };
  });
  const rowsEnd = shown.length * base.rowHeight;
  const moreText = options.moreText ?? ((n: number) => `+ ${n} more`);
  return {
    ...base,
    bars,
    more,
    moreLabel:
      more > 0 ? { x: base.barLeft, y: rowsEnd + 14, text: moreText(more), anchor: 'start' } : null,
    anyVia: bars.some((b) => b.direct < b.value),
  };
}
