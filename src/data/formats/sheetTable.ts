import type { Problems } from '../problems';
import { type Cell, cellRef, cellText, type SheetRows } from './workbook';

/** One data row of a sheet: its 1-based row number and its cells' text by column name. */
export interface TableRow<C extends string> {
  readonly row: number;
  readonly text: (column: C) => string;
  readonly raw: (column: C) => Cell | undefined;
  /** `Sheet!I12` of a column in this row (`Sheet!12` when the sheet has no such column). */
  readonly ref: (column: C) => string;
}

/** A sheet read by its header row: which column holds what, and the rows below it. */
export interface Table<C extends string> {
  readonly sheet: string;
  readonly columnOf: ReadonlyMap<C, number>;
  readonly rows: readonly TableRow<C>[];
}

function isEmptyRow(cells: readonly Cell[]): boolean {
  return cells.every((c) => cellText(c).trim() === '');
}

/**
 * Reads a sheet whose row 1 names its columns (case and spacing ignored; unknown columns are
 * ignored), reporting each missing `required` column. Empty rows are skipped.
 */
export function readTable<C extends string>(
  problems: Problems,
  sheet: SheetRows,
  columns: readonly C[],
  required: readonly C[],
): Table<C> {
  const header = (sheet.rows[0] ?? []).map((c) => cellText(c).trim().toLowerCase());
  const columnOf = new Map<C, number>();
  for (const c of columns) {
    const i = header.indexOf(c);
    if (i >= 0) columnOf.set(c, i);
  }
  for (const c of required) {
    if (!columnOf.has(c)) problems.add(`${sheet.name}!1`, `has no column "${c}" in its first row`);
  }
  const rows: TableRow<C>[] = [];
  for (let r = 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] ?? [];
    if (isEmptyRow(cells)) continue;
    const row = r + 1;
    const raw = (c: C): Cell | undefined => {
      const i = columnOf.get(c);
      return i === undefined ? undefined : cells[i];
    };
    rows.push({
      row,
      raw,
      text: (c) => cellText(raw(c)),
      ref: (c) => {
        const i = columnOf.get(c);
        return i === undefined ? `${sheet.name}!${row}` : cellRef(sheet.name, i, row);
      },
    });
  }
  return { sheet: sheet.name, columnOf, rows };
}
