const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function daysIn(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Whether `s` is a real calendar date of the form `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function isPartialDate(s: string): boolean {
  const m = PARTIAL.exec(s);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  return day >= 1 && day <= daysIn(Number(y), month);
}

/** Whether `s` is a real calendar date of the form `YYYY-MM-DD`. */
export function isDayDate(s: string): boolean {
  return s.length === 10 && isPartialDate(s);
}

/**
 * Whether the period `end` finishes before the period `start` begins, comparing at the coarser
 * of the two precisions (`2019-04` to `2019` is fine; `2019-04` to `2019-03-31` is not).
 */
export function endsBefore(start: string, end: string): boolean {
  const n = Math.min(start.length, end.length);
  return end.slice(0, n) < start.slice(0, n);
}
