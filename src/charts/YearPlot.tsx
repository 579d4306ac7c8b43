import type { PointerEvent, ReactNode, RefObject } from 'react';
import type { YearBar, YearBarsLayout } from './layoutYearBars';
import { markAttrs } from './markAttrs';
import type { TweenRef } from './useTweenedMarks';
import { yearsFromPixels } from './yearsFromPixels';

export interface YearPlotProps {
  readonly layout: YearBarsLayout;
  /** Accessible name of the svg (SPEC §3). */
  readonly name: string;
  readonly width: number;
  readonly height: number;
  readonly tween: TweenRef;
  /** Fill of a sector's segment; `null` is the part no listed sector accounts for. */
  readonly fillOf: (sectorId: string | null) => string;
  /** Fill of a greyed-out (out of range) bar. */
  readonly mutedFill: string;
  /** `2019: 12 activities`, a bar's tooltip. */
  readonly titleOf: (bar: YearBar) => string;
  /** The year under the pointer, or null. */
  readonly hover: number | null;
  readonly onHover: (year: number | null) => void;
  /** Where d3-brush draws (see useYearBrush). */
  readonly brushRef: RefObject<SVGGElement | null>;
  /** Drawn behind the bars (e.g. the compared periods). */
  readonly children?: ReactNode;
}

/** The year chart's svg: grid, hover band, stacked bars, their totals, the year axis and the brush. */
export function YearPlot(p: YearPlotProps) {
  const { layout, tween, hover } = p;
  const hovered = hover === null ? undefined : layout.bars.find((b) => b.year === hover);
  const onPointerMove = (e: PointerEvent<SVGSVGElement>): void => {
    const x = e.clientX - e.currentTarget.getBoundingClientRect().left;
    const inside = x >= layout.plot.left && x <= layout.plot.right;
    const year = inside ? (yearsFromPixels(x, x, layout)?.from ?? null) : null;
    if (year !== hover) p.onHover(year);
  };
  return (
    <svg
      role="img"
      aria-label={p.name}
      width={p.width}
      height={p.height}
      className="chart-svg"
      onPointerMove={onPointerMove}
      onPointerLeave={() => {
        p.onHover(null);
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
      {p.children}
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
            <title>{p.titleOf(b)}</title>
            {b.inRange ? (
              b.segments.map((g) => (
                <rect
                  key={g.key}
                  ref={tween(g.key, markAttrs.rect)}
                  {...markAttrs.rect([g.x, g.y, g.w, g.h])}
                  fill={p.fillOf(g.sectorId)}
                  className={b.w >= 6 ? 'chart-seg' : undefined}
                />
              ))
            ) : b.total > 0 ? (
              <rect
                ref={tween(`b:${b.year}`, markAttrs.rect)}
                {...markAttrs.rect([b.x, b.y, b.w, b.h])}
                fill={p.mutedFill}
              />
            ) : null}
          </g>
        ))}
      </g>
      <g className="chart-values" aria-hidden="true">
        {layout.bars.map((b) =>
          b.label ? (
            <text
              key={b.year}
              ref={tween(`t:${b.year}`, markAttrs.point)}
              {...markAttrs.point([b.label.x, b.label.y])}
              textAnchor="middle"
              className={b.inRange ? 'chart-value-text' : 'chart-value-text is-out'}
            >
              {b.label.text}
            </text>
          ) : null,
        )}
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
      <g ref={p.brushRef} className="chart-brush" />
    </svg>
  );
}
