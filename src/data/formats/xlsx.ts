import type { Cell, SheetRows } from './workbook';

/**
 * Reads every sheet of an `.xlsx` file with read-excel-file (its `universal` build: no DOM and no
 * workers of its own, so it runs inside the app's worker and in Node). Loaded on first use.
 * Cells keep their spaces (`trim: false`) so text reads back exactly as written.
 */
export async function readXlsx(data: Blob | ArrayBuffer): Promise<SheetRows[]> {
  const { default: readXlsxFile } = await import('read-excel-file/universal');
  const sheets = await readXlsxFile(data, { trim: false });
  return sheets.map((s) => ({
    name: s.sheet,
    rows: s.data.map((row) =>
      row.map((c): Cell => (c instanceof Date || typeof c !== 'function' ? c : null)),
    ),
  }));
}

/**
 * Writes sheets as an `.xlsx` file with write-excel-file, loaded on first use. Text is written as
 * text (never a formula, whatever it starts with) and numbers as numbers; the header row is bold
 * and stays in view.
 */
export async function writeXlsx(sheets: readonly SheetRows[]): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const toCell = (c: Cell, header: boolean) => {
    if (c === null || c === '') return null;
    if (typeof c === 'number') return { value: c, type: Number };
    return {
      value: typeof c === 'string' ? c : String(c),
      type: String,
      ...(header ? { fontWeight: 'bold' as const } : {}),
    };
  };
  return writeXlsxFile(
    sheets.map((s) => ({
      sheet: s.name,
      data: s.rows.map((row, i) => row.map((c) => toCell(c, i === 0))),
      stickyRowsCount: 1,
    })),
  ).toBlob();
}
