/** One measured figure of `npm run bench`. */
export interface BenchRow {
  readonly figure: string;
  /** The measurement with its unit (`3.2 ms`). */
  readonly measured: string;
  /** The budget from SPEC §5 (`≤ 5 ms median`), or `—` for figures shown for information. */
  readonly budget: string;
  readonly ok: boolean;
}

const HEADERS: Record<keyof BenchRow, string> = {
  figure: 'figure',
  measured: 'measured',
  budget: 'budget',
  ok: 'ok',
};

/** Renders the rows as an aligned plain-text table, one line per row. */
export function printTable(rows: readonly BenchRow[]): string {
  const cells = (r: BenchRow): string[] => [r.figure, r.measured, r.budget, r.ok ? 'yes' : 'NO'];
  const lines = [
    [HEADERS.figure, HEADERS.measured, HEADERS.budget, HEADERS.ok],
    ...rows.map(cells),
  ];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...lines.map((l) => (l[i] ?? '').length)));
  const format = (l: string[]): string =>
    l
      .map((c, i) => (i === 1 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join(' | ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('-|-');
  const [head, ...body] = lines.map(format);
  return [head, rule, ...body].join('\n');
}
