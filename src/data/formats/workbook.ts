/** A cell as the spreadsheet readers give it. */
export type Cell = string | number | boolean | Date | null;

/** One sheet: its name and its rows (row 1 first), as read or about to be written. */
export interface SheetRows {
  readonly name: string;
  readonly rows: readonly (readonly Cell[])[];
}

/** Column letters of a 0-based index: 0 → `A`, 25 → `Z`, 26 → `AA`. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** `Activities!I12` for sheet, 0-based column and 1-based row. */
export function cellRef(sheet: string, column: number, row: number): string {
  return `${sheet}!${columnLetter(column)}${row}`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * A cell's text: strings as they are, whole numbers without decimals, dates (a spreadsheet turns
 * a typed `2020-03-15` into one) as `YYYY-MM-DD`, empty cells as `''`.
 */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return '';
    return `${pad(cell.getUTCFullYear(), 4)}-${pad(cell.getUTCMonth() + 1, 2)}-${pad(cell.getUTCDate(), 2)}`;
  }
  return String(cell);
}

/** Splits a `;` list cell into its trimmed, non-empty items. */
export function listOf(text: string): string[] {
  return text
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** kebab-case of free text (`"Korea–Laos Forum 2019"` → `korea-laos-forum-2019`); `''` when nothing is left. */
export function kebabOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
