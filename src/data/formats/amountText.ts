/** Spaces a spreadsheet or a locale puts between digit groups (space, no-break, narrow no-break). */
const GROUP_SPACES = /[\s\u00a0\u202f]/g;

/** Digit groups of three with `,` between them, and an optional `.` fraction: `1,234,567.5`. */
const COMMA_GROUPS = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
/** Digit groups of three with `.` between them, and an optional `,` fraction: `1.234.567,5`. */
const DOT_GROUPS = /^\d{1,3}(\.\d{3})+(,\d+)?$/;
/** Digits with a decimal comma that cannot be a thousands separator (not three digits after). */
const DECIMAL_COMMA = /^\d+,(\d{1,2}|\d{4,})$/;

/**
 * A money amount written as text, as spreadsheets in English and in continental locales write it:
 * `1,200.5`, `1 250,75`, `1.234.567`, `2,5`. Why not strip every comma: a semicolon-separated CSV
 * (what Excel writes where the comma is the decimal mark) would turn `2,5` into 25. A lone comma
 * before exactly three digits (`1,250`) reads as thousands, as in the template's own examples.
 * Returns null for anything else (letters, signs, two decimal marks).
 */
export function parseAmountText(text: string): number | null {
  const t = text.replace(GROUP_SPACES, '');
  let plain: string;
  // Plain JavaScript number text, as the CSV this app writes has it (`1250.5`, `5e-324`).
  if (/^(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(t)) plain = t;
  else if (COMMA_GROUPS.test(t)) plain = t.replace(/,/g, '');
  else if (DOT_GROUPS.test(t)) plain = t.replace(/\./g, '').replace(',', '.');
  else if (DECIMAL_COMMA.test(t)) plain = t.replace(',', '.');
  else return null;
  const value = Number(plain);
  return Number.isFinite(value) ? value : null;
}
