import type { Dataset } from '../types';
import { activityRow } from './datasetToSheets';
import { ACTIVITY_COLUMNS, SHEETS } from './template';
import type { SheetRows } from './workbook';

/** Text a spreadsheet would run as a formula; a leading `'` keeps it text (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A `'` the writer added: before a formula start, or before another such `'`. */
const ESCAPED = /^'(?=[=+\-@\t\r'])/;

/** One cell written so no spreadsheet runs it: `=1+2` → `'=1+2`, and `'=x` → `''=x` to stay exact. */
export function escapeCell(text: string): string {
  return FORMULA_START.test(text) || ESCAPED.test(text) ? `'${text}` : text;
}

/** Undoes `escapeCell`. */
export function unescapeCell(text: string): string {
  return text.replace(ESCAPED, '');
}

/**
 * Reads a CSV file (the Activities sheet alone, SPEC §2) with Papa Parse, loaded on first use:
 * UTF-8 with or without BOM, comma- or semicolon-separated, quoted cells may hold line breaks.
 */
export async function readCsv(text: string): Promise<SheetRows[]> {
  const { default: Papa } = await import('papaparse');
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, {
    delimitersToGuess: [',', ';'],
    skipEmptyLines: 'greedy',
  });
  const rows = parsed.data.map((row) => row.map(unescapeCell));
  return [{ name: SHEETS.activities, rows }];
}

/**
 * The dataset's activities in the template's Activities columns as CSV (RFC 4180, CRLF, no BOM):
 * what `readCsv` reads back to the same activities. Cells that start like a formula get a `'`.
 */
export async function writeActivitiesCsv(dataset: Dataset): Promise<string> {
  const { default: Papa } = await import('papaparse');
  const rows = dataset.activities.map((a) =>
    activityRow(a).map((c) => escapeCell(c === null ? '' : String(c))),
  );
  return Papa.unparse([[...ACTIVITY_COLUMNS], ...rows], { newline: '\r\n', quotes: false });
}
