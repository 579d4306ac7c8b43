/** The calendar year of a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
