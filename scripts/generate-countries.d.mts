/** The text of `src/data/countries.generated.json`, built from the registry packages. */
export function buildCountries(): string;
