import type { SectorStat } from '../data/selection';
import type { MeasureText, Size } from './chartTypes';
import { layoutHBars, type HBar, type HBarsLayout } from './layoutHBars';

export interface SectorBar extends HBar {
  /** Whether the sector passes the sector filter (inactive bars are drawn greyed). */
  readonly active: boolean;
}

export interface SectorBarsLayout extends Omit<HBarsLayout, 'bars'> {
  readonly bars: readonly SectorBar[];
}

export interface SectorBarsOptions {
  /** Label of a sector id, in the UI language. @defaultValue the id */
  readonly label?: (id: string) => string;
  readonly measure?: MeasureText;
  readonly format?: (n: number) => string;
}

/**
 * Horizontal bars of activities per sector, most first (ties keep the dataset order).
 * Filtered-out sectors stay, flagged `active: false`, so toggling one does not move the
 * others. Labels go left of the bars, or above each bar when a name would not fit there.
 */
export function layoutSectorBars(
  perSector: readonly SectorStat[],
  size: Size,
  options: SectorBarsOptions = {},
): SectorBarsLayout {
  const label = options.label ?? ((id: string) => id);
  const count = (s: SectorStat): number => (Number.isFinite(s.count) ? s.count : 0);
  const sorted = perSector
    .map((s, i) => ({ s, i }))
    .sort((a, b) => count(b.s) - count(a.s) || a.i - b.i)
    .map(({ s }) => s);
  const active = new Map(sorted.map((s) => [s.id, s.active]));
  const base = layoutHBars(
    sorted.map((s) => ({ id: s.id, label: label(s.id), value: s.count })),
    size,
    {
      labels: 'auto',
      ...(options.measure ? { measure: options.measure } : {}),
      ...(options.format ? { format: options.format } : {}),
    },
  );
  return { ...base, bars: base.bars.map((b) => ({ ...b, active: active.get(b.id) ?? true })) };
}
