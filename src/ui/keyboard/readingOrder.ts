/** Latitude bands, degrees: countries whose label points fall in one band form one "line". */
const BAND = 15;

/**
 * ISO3 codes in reading order for a left-to-right reader of a north-up map: bands of
 * {@link BAND}° latitude from north to south, west to east inside a band. Countries without a
 * position go last, in the order given.
 */
export function readingOrder(
  iso3s: readonly string[],
  lonLatOf: (iso3: string) => readonly [number, number] | null,
): string[] {
  const placed = iso3s.map((iso3, i) => ({ iso3, i, at: lonLatOf(iso3) }));
  const band = (lat: number) => Math.floor((90 - lat) / BAND);
  return placed
    .sort((a, b) => {
      if (!a.at || !b.at) return (a.at ? 0 : 1) - (b.at ? 0 : 1) || a.i - b.i;
      return band(a.at[1]) - band(b.at[1]) || a.at[0] - b.at[0] || a.i - b.i;
    })
    .map((p) => p.iso3);
}
