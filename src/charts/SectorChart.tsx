import { useMemo, useRef } from 'react';
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
import { HBarRow } from './HBarRow';
import { layoutSectorBars } from './layoutSectorBars';
import { markAttrs } from './markAttrs';
import { sectorColor } from './sectorColors';
import type { EnterFrom, Frame } from './tweenFrame';
import { useElementWidth } from './useElementWidth';
import { useTweenedMarks } from './useTweenedMarks';

export interface SectorChartProps {
  readonly selection: Selection;
  /** The dataset: its sectors, in dataset order, fix colours and labels. */
  readonly dataset: Pick<Dataset, 'sectors' | 'groups' | 'home'>;
  readonly lang: Lang;
  readonly onToggleSector: (id: string) => void;
  readonly reducedMotion: boolean;
  /** Largest svg height, px; rows take what they need up to it. @defaultValue 200 */
  readonly maxHeight?: number;
}

const enterRow: EnterFrom = (_key, to) => [to[0] ?? 0, 0, to[2] ?? 0];

/**
 * Horizontal bars of activities per sector, the count written at each bar's end; sectors
 * left out by the filter stay, greyed.
 *
 * Accessibility decision: the svg is one `role="img"` with a name, so its bars cannot be
 * keyboard targets (focusable buttons inside an image are hidden from assistive
 * technology). Clicking a bar to toggle its sector is a mouse convenience only; the
 * keyboard and screen-reader path to the same action is the Sectors checkbox group in the
 * filter panel, and the figures are in a visually hidden table.
 */
export function SectorChart({
  selection,
  dataset,
  lang,
  onToggleSector,
  reducedMotion,
  maxHeight = 200,
}: SectorChartProps) {
  const s = chartStrings[lang];
  const plotRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(plotRef);
  const measure = useMeasureText();
  const { sectors } = dataset;
  const colorOf = useMemo(() => sectorColor(sectors), [sectors]);
  const labelOf = datasetWords(dataset, lang).sector;

  const layout = useMemo(
    () =>
      layoutSectorBars(
        selection.perSector,
        { width, height: maxHeight },
        { label: labelOf, measure, format: s.number },
      ),
    [selection.perSector, width, maxHeight, labelOf, measure, s],
  );
  const empty = layout.bars.every((b) => b.value === 0);
  const target = useMemo<Frame>(
    () => new Map(layout.bars.map((b) => [b.id, [b.rowY, b.w, b.x]])),
    [layout],
  );
  const tween = useTweenedMarks(target, {
    disabled: reducedMotion,
    duration: chartTheme.durationMs,
    enter: enterRow,
    data: selection.perSector,
    series: dataset,
  });

  const table = empty ? (
    <p className="visually-hidden">{s.empty}</p>
  ) : (
    <DataTable
      caption={s.sector.name}
      columns={[s.sector.colSector, s.sector.colCount, s.sector.colActive]}
      rows={layout.bars.map((b) => ({
        key: b.id,
        cells: [labelOf(b.id), s.number(b.value), b.active ? s.yes : s.no],
      }))}
    />
  );

  return (
    <ChartFrame
      title={s.sector.title}
      hint={empty ? undefined : s.sector.hint}
      plotRef={plotRef}
      table={table}
      className="chart-sector"
    >
      {empty ? (
        <EmptyChart name={s.sector.name} message={s.empty} width={width} />
      ) : (
        <svg
          role="img"
          aria-label={s.sector.name}
          width={width}
          height={layout.height}
          className="chart-svg"
        >
          {layout.bars.map((b) => {
            const goal = [b.rowY, b.w, b.x];
            return (
              <HBarRow
                key={b.id}
                bar={b}
                goal={goal}
                tween={tween}
                width={layout.width}
                rowHeight={layout.rowHeight}
                className={b.active ? 'chart-row is-clickable' : 'chart-row is-clickable is-off'}
                title={`${labelOf(b.id)}: ${s.activities(b.value)}`}
                onClick={() => {
                  onToggleSector(b.id);
                }}
              >
                <rect
                  ref={tween(b.id, markAttrs.bar)}
                  x={b.x}
                  y={b.y}
                  {...markAttrs.bar(goal)}
                  height={b.h}
                  rx={1.5}
                  fill={b.active ? colorOf(b.id) : chartTheme.muted}
                />
              </HBarRow>
            );
          })}
        </svg>
      )}
    </ChartFrame>
  );
}
