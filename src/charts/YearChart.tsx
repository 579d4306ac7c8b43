import { useCallback, useMemo, useRef, useState, type PointerEvent } from 'react';
import type { Selection } from '../data/selection';
import type { Sector } from '../data/types';
import { chartStrings } from '../i18n/chartStrings';
import { localize, type Lang } from '../i18n/lang';
import { useMeasureText } from './canvasMeasure';
import { ChartFrame } from './ChartFrame';
import { chartTheme } from './chartTheme';
import { DataTable } from './DataTable';
import { EmptyChart } from './EmptyChart';
import { layoutYearBars } from './layoutYearBars';
import { sectorColor } from './sectorColors';
import { markAttrs } from './markAttrs';
import type { EnterFrom, Frame } from './tweenFrame';
import { useElementWidth } from './useElementWidth';
import { useTweenedMarks } from './useTweenedMarks';
import { useYearBrush } from './useYearBrush';
import { YearTooltip } from './YearTooltip';
import { yearsFromPixels } from './yearsFromPixels';

export interface YearChartProps {
  readonly selection: Selection;
  /** The dataset's sectors, in dataset order (fixes stacking order and colours). */
  readonly sectors: readonly Sector[];
  readonly lang: Lang;
  /** Called with whole years while brushing and when the brush is released or cleared. */
  readonly onRangeChange: (from: number, to: number) => void;
  readonly reducedMotion: boolean;
  /** Svg height, px. @defaultValue 200 */
  readonly height?: number;
}

/**
 * Stacked bars of activities per year by sector, with an x brush that selects a span of
 * whole years. Years outside the range stay, greyed. Hover shows a year's exact figures;
 * a visually hidden table gives them to screen readers. The brush is a pointer
 * convenience: the From/To year sliders are the keyboard path to the same range.
 */
export function YearChart({
  selection,
  sectors,
  lang,
  onRangeChange,
  reducedMotion,
  height = 200,
}: YearChartProps) {
  const s = chartStrings[lang];
  const plotRef = useRef<HTMLDivElement>(null);
  const brushRef = useRef<SVGGElement>(null);
  const width = useElementWidth(plotRef);
  const measure = useMeasureText();
  const colorOf = useMemo(() => sectorColor(sectors), [sectors]);
  const { perYear, perSector, range, yearSpan } = selection;

  const stackIds = useMemo(() => {
    const inactive = new Set(perSector.filter((p) => !p.active).map((p) => p.id));
    return sectors.map((x) => x.id).filter((id) => !inactive.has(id));
  }, [sectors, perSector]);

  const layout = useMemo(
    () => layoutYearBars(perYear, stackIds, { width, height }, { measure, format: s.number }),
    [perYear, stackIds, width, height, measure, s],
  );
  const empty = layout.bars.every((b) => b.total === 0);

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
  const tween = useTweenedMarks(target, {
    disabled: reducedMotion,
    duration: chartTheme.durationMs,
    enter,
  });

  const [hover, setHover] = useState<number | null>(null);
  const onPointerMove = (e: PointerEvent<SVGSVGElement>): void => {
    const x = e.clientX - e.currentTarget.getBoundingClientRect().left;
    const inside = x >= layout.plot.left && x <= layout.plot.right;
    const year = inside ? (yearsFromPixels(x, x, layout)?.from ?? null) : null;
    if (year !== hover) setHover(year);
  };

  useYearBrush(brushRef, layout, range, yearSpan, onRangeChange, empty);

  const sectorLabel = (id: string | null): string => {
    const sec = id === null ? undefined : sectors.find((x) => x.id === id);
    return sec ? localize(sec.label, lang) : s.otherSector;
  };
  const hovered = hover === null ? undefined : layout.bars.find((b) => b.year === hover);

  const table = empty ? (
    <p className="visually-hidden">{s.empty}</p>
  ) : (
    <DataTable
      caption={s.year.name}
      columns={[s.year.colYear, s.year.colTotal, s.year.colInRange, ...stackIds.map(sectorLabel)]}
      rows={perYear.map((b) => ({
        key: String(b.year),
        cells: [
          String(b.year),
          s.number(b.total),
          b.inRange ? s.yes : s.no,
          ...stackIds.map((id) => s.number(b.bySector[id] ?? 0)),
        ],
      }))}
    />
  );

  const note = `${s.year.selected(s.years(range.from, range.to))} · ${s.activities(selection.totals.activities)}`;

  return (
    <ChartFrame
      title={s.year.title}
      note={note}
      hint={empty ? undefined : s.year.hint}
      plotRef={plotRef}
      table={table}
      className="chart-year"
    >
      {empty ? (
        <EmptyChart name={s.year.name} message={s.empty} width={width} />
      ) : (
        <>
          <svg
            role="img"
            aria-label={s.year.name}
            width={width}
            height={height}
            className="chart-svg"
            onPointerMove={onPointerMove}
            onPointerLeave={() => {
              setHover(null);
            }}
          >
            <g className="chart-grid" aria-hidden="true">
              {layout.yTicks.map((t) => (
                <g key={t.value}>
                  <line
                    x1={layout.plot.left}
                    x2={layout.plot.right}
                    y1={t.y}
                    y2={t.y}
                    className={t.value === 0 ? 'chart-baseline' : undefined}
                  />
                  <text x={t.label.x} y={t.label.y} textAnchor="end" className="chart-axis-text">
                    {t.label.text}
                  </text>
                </g>
              ))}
            </g>
            {hovered ? (
              <rect
                className="chart-hover-band"
                x={hovered.x - (layout.step - hovered.w) / 2}
                width={layout.step}
                y={layout.plot.top}
                height={layout.plot.bottom - layout.plot.top}
              />
            ) : null}
            <g className="chart-bars">
              {layout.bars.map((b) => (
                <g key={b.year}>
                  <title>{`${b.year}: ${s.activities(b.total)}`}</title>
                  {b.inRange ? (
                    b.segments.map((g) => (
                      <rect
                        key={g.key}
                        ref={tween(g.key, markAttrs.rect)}
                        {...markAttrs.rect([g.x, g.y, g.w, g.h])}
                        fill={g.sectorId === null ? chartTheme.axis : colorOf(g.sectorId)}
                        className={b.w >= 6 ? 'chart-seg' : undefined}
                      />
                    ))
                  ) : b.total > 0 ? (
                    <rect
                      ref={tween(`b:${b.year}`, markAttrs.rect)}
                      {...markAttrs.rect([b.x, b.y, b.w, b.h])}
                      fill={chartTheme.muted}
                    />
                  ) : null}
                </g>
              ))}
            </g>
            <g className="chart-values" aria-hidden="true">
              {layout.bars.map((b) => {
                if (!b.label) return null;
                return (
                  <text
                    key={b.year}
                    ref={tween(`t:${b.year}`, markAttrs.point)}
                    {...markAttrs.point([b.label.x, b.label.y])}
                    textAnchor="middle"
                    className={b.inRange ? 'chart-value-text' : 'chart-value-text is-out'}
                  >
                    {b.label.text}
                  </text>
                );
              })}
            </g>
            <g className="chart-x-axis" aria-hidden="true">
              {layout.xTicks.map((t) => (
                <text
                  key={t.year}
                  x={t.x}
                  y={t.y}
                  textAnchor={t.anchor}
                  className={hover === t.year ? 'chart-axis-text is-hover' : 'chart-axis-text'}
                >
                  {t.text}
                </text>
              ))}
            </g>
            <g ref={brushRef} className="chart-brush" />
          </svg>
          {hovered ? (
            <YearTooltip
              bar={hovered}
              layout={layout}
              title={`${hovered.year} · ${s.activities(hovered.total)}`}
              rows={hovered.segments.map((g) => ({
                key: g.key,
                color: g.sectorId === null ? chartTheme.axis : colorOf(g.sectorId),
                label: sectorLabel(g.sectorId),
                value: s.number(g.count),
              }))}
              note={
                hovered.segments.reduce((sum, g) => sum + g.count, 0) > hovered.total
                  ? s.year.multiSectorNote
                  : null
              }
            />
          ) : null}
        </>
      )}
    </ChartFrame>
  );
}
