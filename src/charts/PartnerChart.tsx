import { useId, useMemo, useRef } from 'react';
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
import { layoutPartnerBars } from './layoutPartnerBars';
import { PartnerBar, ViaHatch } from './PartnerBar';
import type { EnterFrom, Frame } from './tweenFrame';
import { useElementWidth } from './useElementWidth';
import { useTweenedMarks } from './useTweenedMarks';

export interface PartnerChartProps {
  readonly selection: Selection;
  /** The dataset, for the names of groups through which partners are reached. */
  readonly dataset: Pick<Dataset, 'sectors' | 'groups' | 'home'>;
  readonly lang: Lang;
  /** ISO3 of the country whose details are open; its bar is highlighted. */
  readonly selectedCountry: string | null;
  readonly onSelectCountry: (iso3: string) => void;
  readonly reducedMotion: boolean;
  /** Bars drawn before the rest is summarised as "+ N more". @defaultValue 12 */
  readonly maxBars?: number;
  /** Largest svg height, px. @defaultValue 300 */
  readonly maxHeight?: number;
}

const enterRow: EnterFrom = (_key, to) => [to[0] ?? 0, 0, to[2] ?? 0, 0];

/**
 * Horizontal bars of activities per partner country, most first, named in the UI
 * language. The part of a bar for activities that reach the country only through a
 * group (ASEAN) is lighter and hatched; the selected country is highlighted.
 *
 * Clicking a bar selects the country as a mouse convenience; bars are not focusable
 * inside the `role="img"` svg, and the keyboard path is the Partner countries list.
 */
export function PartnerChart({
  selection,
  dataset,
  lang,
  selectedCountry,
  onSelectCountry,
  reducedMotion,
  maxBars = 12,
  maxHeight = 300,
}: PartnerChartProps) {
  const s = chartStrings[lang];
  const plotRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(plotRef);
  const measure = useMeasureText();
  const measureBold = useMeasureText('bold');
  const hatchId = `hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const w = datasetWords(dataset, lang);
  const nameOf = w.country;

  const layout = useMemo(
    () =>
      layoutPartnerBars(selection.partners, { width, height: maxHeight }, maxBars, {
        label: nameOf,
        selected: selectedCountry,
        measure,
        measureStrong: measureBold,
        format: s.number,
        moreText: s.partner.more,
      }),
    [
      selection.partners,
      width,
      maxHeight,
      maxBars,
      nameOf,
      selectedCountry,
      measure,
      measureBold,
      s,
    ],
  );
  const empty = layout.bars.length === 0;
  const target = useMemo<Frame>(
    () => new Map(layout.bars.map((b) => [b.id, [b.rowY, b.w, b.x, b.directW]])),
    [layout],
  );
  const shown = useMemo(
    () => [selection.partners, selectedCountry, maxBars],
    [selection.partners, selectedCountry, maxBars],
  );
  const tween = useTweenedMarks(target, {
    disabled: reducedMotion,
    duration: chartTheme.durationMs,
    enter: enterRow,
    data: shown,
    series: dataset,
  });
  const groups = w.groups([
    ...new Set(layout.bars.flatMap((b) => (b.direct < b.value ? b.stat.viaGroups : []))),
  ]);

  const legend = layout.anyVia ? (
    <span className="chart-legend" aria-hidden="true">
      <span className="chart-legend-item">
        <span className="chart-swatch" style={{ background: chartTheme.partner }} />
        {s.partner.direct}
      </span>
      <span className="chart-legend-item">
        <span className="chart-swatch chart-swatch-via" />
        {s.partner.via(groups)}
      </span>
    </span>
  ) : null;

  const table = empty ? (
    <p className="visually-hidden">{s.empty}</p>
  ) : (
    <DataTable
      caption={s.partner.name}
      columns={[s.partner.colCountry, s.partner.colCount, s.partner.colDirect, s.partner.colVia]}
      rows={layout.bars.map((b) => ({
        key: b.id,
        cells: [nameOf(b.id), s.number(b.value), s.number(b.direct), w.groups(b.stat.viaGroups)],
      }))}
      footer={layout.moreLabel?.text}
    />
  );

  return (
    <ChartFrame
      title={s.partner.title}
      note={legend}
      hint={empty ? undefined : s.partner.hint}
      plotRef={plotRef}
      table={table}
      className="chart-partner"
    >
      {empty ? (
        <EmptyChart name={s.partner.name} message={s.empty} width={width} />
      ) : (
        <svg
          role="img"
          aria-label={s.partner.name}
          width={width}
          height={layout.height}
          className="chart-svg"
        >
          <ViaHatch id={hatchId} />
          {layout.bars.map((b) => {
            const goal = [b.rowY, b.w, b.x, b.directW];
            const via =
              b.stat.viaGroups.length > 0 && b.direct < b.value
                ? ` (${s.partner.via(w.groups(b.stat.viaGroups))}: ${s.number(b.value - b.direct)})`
                : '';
            return (
              <HBarRow
                key={b.id}
                bar={b}
                goal={goal}
                tween={tween}
                width={layout.width}
                rowHeight={layout.rowHeight}
                className={
                  b.selected ? 'chart-row is-clickable is-selected' : 'chart-row is-clickable'
                }
                title={`${nameOf(b.id)}: ${s.activities(b.value)}${via}`}
                onClick={() => {
                  onSelectCountry(b.id);
                }}
              >
                <PartnerBar bar={b} goal={goal} tween={tween} hatchId={hatchId} />
              </HBarRow>
            );
          })}
          {layout.moreLabel ? (
            <text x={layout.moreLabel.x} y={layout.moreLabel.y} className="chart-more-text">
              {layout.moreLabel.text}
            </text>
          ) : null}
        </svg>
      )}
    </ChartFrame>
  );
}
