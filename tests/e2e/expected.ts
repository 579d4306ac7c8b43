import { readFileSync } from 'node:fs';
import { getCountry } from '../../src/data/countries';
import { NO_FILTERS, type Filters } from '../../src/data/filters';
import { selectView } from '../../src/data/selectView';
import type { Selection } from '../../src/data/selection';
import type { Dataset } from '../../src/data/types';
import { validateDataset } from '../../src/data/validate';

/** The bundled dataset, validated the way the app does, so expectations come from the data. */
export function bundledDataset(): Dataset {
  const raw: unknown = JSON.parse(
    readFileSync(new URL('../../data/cooperation.json', import.meta.url), 'utf8'),
  );
  const result = validateDataset(raw);
  if (!result.ok) throw new Error(`bundled dataset invalid: ${JSON.stringify(result.problems)}`);
  return result.dataset;
}

export function expectedSelection(dataset: Dataset, filters: Partial<Filters> = {}): Selection {
  return selectView(dataset, { ...NO_FILTERS, ...filters });
}

export function countryName(iso3: string): string {
  return getCountry(iso3)?.name.en ?? iso3;
}

/** What the Summary status must say for a selection. */
export function summaryFigures(sel: Selection): [string, string] {
  const n = sel.totals.activities;
  const m = sel.totals.partnerCountries;
  return [
    `${n} ${n === 1 ? 'activity' : 'activities'}`,
    `${m} partner ${m === 1 ? 'country' : 'countries'}`,
  ];
}
