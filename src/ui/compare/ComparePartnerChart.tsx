import { useRef } from 'react';
import { ChartFrame } from '../../charts/ChartFrame';
import { DataTable } from '../../charts/DataTable';
import { useElementWidth } from '../../charts/useElementWidth';
import type { Comparison } from '../../data/compare';
import { analystStrings } from '../../i18n/analystStrings';
import { chartStrings } from '../../i18n/chartStrings';
import { datasetWords } from '../../i18n/words';
import { useAtlas, useAtlasState } from '../AtlasContext';

/** Countries drawn; the hidden table lists them all. */
const ROWS = 10;
const ROW_H = 34;
const LABEL_W = 110;
const BAR_H = 12;

/**
 * `Activities by partner` while comparing: each country's period A and period B bars side by side
 * (A above B), the count written at each bar's end; the class is written after the name.
 */
export function ComparePartnerChart({ comparison }: { comparison: Comparison }) {
  const { dataset } = useAtlas();
  const lang = useAtlasState((s) => s.lang);
  const s = chartStrings[lang];
  const a = analystStrings[lang];
  const w = datasetWords(dataset, lang);
  const plotRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(plotRef);
  const rows = [...comparison.changes].sort(
    (x, y) => Math.max(y.countA, y.countB) - Math.max(x.countA, x.countB),
  );
  const shown = rows.slice(0, ROWS);
  const max = Math.max(1, ...shown.map((r) => Math.max(r.countA, r.countB)));
  const barW = Math.max(10, width - LABEL_W - 36);
  const scale = (n: number) => (n / max) * barW;
  const years = (sel: Comparison['a']) => w.years(sel.range.from, sel.range.to);
  const colA = `${a.periodA} (${years(comparison.a)})`;
  const colB = `${a.periodB} (${years(comparison.b)})`;
  const table = (
    <DataTable
      caption={s.partner.name}
      columns={[s.partner.colCountry, colA, colB, a.columns.type]}
      rows={rows.map((r) => ({
        key: r.iso3,
        cells: [w.country(r.iso3), w.number(r.countA), w.number(r.countB), a.classes[r.cls]],
      }))}
    />
  );
  return (
    <ChartFrame
      title={s.partner.title}
      note={`${colA} · ${colB}`}
      plotRef={plotRef}
      table={table}
      className="chart-partner chart-compare"
    >
      <svg
        role="img"
        aria-label={s.partner.name}
        width={width}
        height={shown.length * ROW_H + 4}
        className="chart-svg"
      >
        {shown.map((r, i) => {
          const y = i * ROW_H + 4;
          return (
            <g key={r.iso3} transform={`translate(0 ${y})`}>
              <text x={0} y={11} className="chart-axis-text compare-name">
                {w.country(r.iso3)}
              </text>
              <text x={0} y={25} className="chart-axis-text compare-class">
                {a.classes[r.cls]}
              </text>
              {[
                { n: r.countA, dy: 2, cls: 'bar-a' },
                { n: r.countB, dy: 2 + BAR_H + 2, cls: 'bar-b' },
              ].map((b) => (
                <g key={b.cls}>
                  <rect x={LABEL_W} y={b.dy} width={scale(b.n)} height={BAR_H} className={b.cls} />
                  <text
                    x={LABEL_W + scale(b.n) + 4}
                    y={b.dy + BAR_H - 2}
                    className="chart-axis-text"
                  >
                    {w.number(b.n)}
                  </text>
                </g>
              ))}
            </g>
          );
        })}
      </svg>
    </ChartFrame>
  );
}
