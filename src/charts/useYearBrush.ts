import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { select } from 'd3-selection';
import { useEffect, useRef, type RefObject } from 'react';
import type { YearBarsLayout } from './layoutYearBars';
import { pixelsFromYears } from './pixelsFromYears';
import { yearsFromPixels } from './yearsFromPixels';

interface Range {
  readonly from: number;
  readonly to: number;
}

/**
 * Attaches a d3 x-brush to its own `<g>` (React renders it empty and never touches its
 * children). Brushing snaps to whole years and reports through `onRangeChange` only; the
 * brush shows the current range unless it covers the whole span.
 */
export function useYearBrush(
  ref: RefObject<SVGGElement | null>,
  layout: YearBarsLayout,
  range: Range,
  span: { readonly min: number; readonly max: number },
  onRangeChange: (from: number, to: number) => void,
  disabled: boolean,
): void {
  const brush = useRef<BrushBehavior<unknown> | null>(null);
  const layoutRef = useRef(layout);
  const onChangeRef = useRef(onRangeChange);
  const spanRef = useRef(span);
  const dragging = useRef(false);
  const last = useRef('');

  useEffect(() => {
    layoutRef.current = layout;
    onChangeRef.current = onRangeChange;
    spanRef.current = span;
  });

  const { left, right, top, bottom } = layout.plot;
  useEffect(() => {
    const g = ref.current;
    if (!g || disabled) return undefined;
    const emit = (r: Range | null): void => {
      if (!r) return;
      const key = `${r.from}-${r.to}`;
      if (key === last.current) return;
      last.current = key;
      onChangeRef.current(r.from, r.to);
    };
    const b = brushX<unknown>()
      .extent([
        [left, top - 6],
        [right, bottom],
      ])
      .on('start', (e: D3BrushEvent<unknown>) => {
        if (!e.sourceEvent) return;
        dragging.current = true;
      })
      .on('brush', (e: D3BrushEvent<unknown>) => {
        if (!e.sourceEvent || !e.selection) return;
        const [x0, x1] = e.selection as [number, number];
        emit(yearsFromPixels(x0, x1, layoutRef.current));
      })
      .on('end', (e: D3BrushEvent<unknown>) => {
        if (!e.sourceEvent) return;
        dragging.current = false;
        const sel = select(g);
        if (!e.selection) {
          emit({ from: spanRef.current.min, to: spanRef.current.max });
          return;
        }
        const [x0, x1] = e.selection as [number, number];
        const years = yearsFromPixels(x0, x1, layoutRef.current);
        emit(years);
        const px = years ? pixelsFromYears(years.from, years.to, layoutRef.current) : null;
        b.move(sel, px ? [px[0], px[1]] : null);
      });
    select(g).call(b);
    brush.current = b;
    return () => {
      b.on('start brush end', null);
      select(g).on('.brush', null).selectAll('*').remove();
      brush.current = null;
    };
  }, [ref, left, right, top, bottom, disabled]);

  useEffect(() => {
    const g = ref.current;
    const b = brush.current;
    if (!g || !b || dragging.current) return;
    const full = range.from <= span.min && range.to >= span.max;
    const px = full ? null : pixelsFromYears(range.from, range.to, layout);
    b.move(select(g), px ? [px[0], px[1]] : null);
    last.current = `${range.from}-${range.to}`;
  }, [ref, layout, range.from, range.to, span.min, span.max, disabled]);
}
