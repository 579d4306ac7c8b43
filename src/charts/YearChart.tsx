import { useMemo, useRef, useState } from 'react';
import type { Lang } from '../data/lang';
import type { Selection } from '../data/selection';
import type { Dataset } from '../data/types';
import { chartStrings } from '../i18n/chartStrings';
import { datasetWords } from '../i18n/words';
import { useMeasureText } from './canvasMeasure';
import { ChartFrame } from './ChartFrame';
import { chartTheme } from './chartTheme';
import { DataTable } from './DataTable';
import { EmptyChart } from './EmptyChart';
import { layoutYearBars } from './layoutYearBars';
import { PeriodMarks, type ChartPeriod } from './PeriodMarks';
import { sectorColor } from './sectorColors';
import { useElementWidth } from './useElementWidth';
import { useYearBrush } from './useYearBrush';
import { useYearTween } from './useYearTween';
import { YearPlot } from './YearPlot';
import { YearTooltip } from './YearTooltip';

export interface YearChartProps {
  readonly selection: Selection;
  /** The dataset: its sectors, in dataset order, fix stacking order, colours and labels. */
  readonly dataset: Pick<Dataset, 'sectors' | 'groups' | 'home'>;
  readonly lang: Lang;
  /** Called with whole years while brushing and when the brush is released or cleared. */
  readonly onRangeChange: (from: number, to: number) => void;
  readonly reducedMotion: boolean;
  /** Svg height, px. @defaultValue 200 */
  readonly height?: number;
  /** Periods marked behind the bars (`Compare periods`). @defaultValue none */
  readonly periods?: readonly ChartPeriod[];
}

/**
 * Stacked bars of activities per year by sector, with an x brush that selects a span of
 * whole years. Years outside the range stay, greyed. Hover shows a year's exact figures;
 * a visually hidden table gives them to screen readers. The brush is a pointer
 * convenience: the From/To year sliders are the keyboard path to the same range.
 */
export function YearChart({
  selection,
  dataset,
  lang,
  onRangeChange,
  reducedMotion,
  height = 200,
  periods = [],
}: YearChartProps) {
  const s = chartStrings[lang];
  const w = datasetWords(dataset, lang);
  const plotRef = useRef<HTMLDivElement>(null);
  const brushRef = useRef<SVGGElement>(null);
  const width = useElementWidth(plotRef);
  const measure = useMeasureText();
  const { sectors } = dataset;
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
  const shown = useMemo(() => [perYear, stackIds], [perYear, stackIds]);
  const tween = useYearTween(layout, shown, reducedMotion, dataset);
  const [hover, setHover] = useState<number | null>(null);
  useYearBrush(brushRef, layout, range, yearSpan, onRangeChange, empty);

  const sectorLabel = (id: string | null): string => (id === null ? s.otherSector : w.sector(id));
  const fillOf = (id: string | null): string => (id === null ? chartTheme.axis : colorOf(id));
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

  return (
    <ChartFrame
      title={s.year.title}
      note={`${s.year.selected(s.years(range.from, range.to))} · ${s.activities(selection.totals.activities)}`}
      hint={empty ? undefined : s.year.hint}
      plotRef={plotRef}
      table={table}
      className="chart-year"
    >
      {empty ? (
        <EmptyChart name={s.year.name} message={s.empty} width={width} />
      ) : (
        <>
          <YearPlot
            layout={layout}
            name={s.year.name}
            width={width}
            height={height}
            tween={tween}
            fillOf={fillOf}
            mutedFill={chartTheme.muted}
            titleOf={(b) => `${String(b.year)}: ${s.activities(b.total)}`}
            hover={hover}
            onHover={setHover}
            brushRef={brushRef}
          >
            {periods.length > 0 ? <PeriodMarks layout={layout} periods={periods} /> : null}
          </YearPlot>
          {hovered ? (
            <YearTooltip
              bar={hovered}
              layout={layout}
              title={`${String(hovered.year)} · ${s.activities(hovered.total)}`}
              rows={hovered.segments.map((g) => ({
                key: g.key,
                color: fillOf(g.sectorId),
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
