import { useCallback, useMemo } from 'react';
import { chartTheme } from './chartTheme';
import type { YearBarsLayout } from './layoutYearBars';
import type { EnterFrom, Frame } from './tweenFrame';
import { useTweenedMarks, type TweenRef } from './useTweenedMarks';

/**
 * The year chart's animation: bars (`b:`), sector segments and totals (`t:`) tween to the layout
 * when `data` (what the layout shows; memoise it) changes, and jump to it when only its size or
 * wording changed, or when `series` (the dataset) is another; new ones grow from the baseline.
 */
export function useYearTween(
  layout: YearBarsLayout,
  data: unknown,
  reducedMotion: boolean,
  series: unknown,
): TweenRef {
  const target = useMemo<Frame>(() => {
    const m = new Map<string, readonly number[]>();
    for (const b of layout.bars) {
      m.set(`b:${b.year}`, [b.x, b.y, b.w, b.h]);
      for (const g of b.segments) m.set(g.key, [g.x, g.y, g.w, g.h]);
      if (b.label) m.set(`t:${b.year}`, [b.label.x, b.label.y]);
    }
    return m;
  }, [layout]);
  const base = layout.plot.bottom;
  const enter = useCallback<EnterFrom>(
    (key, to) =>
      key.startsWith('t:') ? [to[0] ?? 0, base - 4] : [to[0] ?? 0, base, to[2] ?? 0, 0],
    [base],
  );
  return useTweenedMarks(target, {
    disabled: reducedMotion,
    duration: chartTheme.durationMs,
    enter,
    data,
    series,
  });
}
