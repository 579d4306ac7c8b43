import { getCountry } from '../../data/countries';
import type { Dataset } from '../../data/types';

/** What `Find` can jump to. */
export type FindKind = 'country' | 'activity' | 'actor' | 'sector';

export interface FindEntry {
  /** Unique across kinds: `country:KAZ`, `activity:kaz-mou-2019`, `actor:KOICA`, `sector:…`. */
  readonly id: string;
  readonly kind: FindKind;
  /** The country's ISO3, the activity's id, the actor's name or the sector's id. */
  readonly key: string;
  /** Shown names, English then Korean when there is one. */
  readonly en: string;
  readonly ko: string;
  /** Other words it is found by (ISO codes). */
  readonly codes: string;
}

/**
 * Every country (partners of the dataset, English and Korean names, ISO3 and ISO2 codes), activity,
 * actor and sector of the dataset as `Find` entries.
 */
export function findEntries(dataset: Dataset, partnerIso3s: readonly string[]): FindEntry[] {
  const out: FindEntry[] = [];
  for (const iso3 of partnerIso3s) {
    const c = getCountry(iso3);
    out.push({
      id: `country:${iso3}`,
      kind: 'country',
      key: iso3,
      en: c?.name.en ?? iso3,
      ko: c?.name.ko ?? '',
      codes: `${iso3} ${c?.iso2 ?? ''}`,
    });
  }
  for (const s of dataset.sectors)
    out.push({
      id: `sector:${s.id}`,
      kind: 'sector',
      key: s.id,
      en: s.label.en,
      ko: s.label.ko ?? '',
      codes: '',
    });
  const actors = new Set<string>();
  for (const a of dataset.activities) {
    out.push({
      id: `activity:${a.id}`,
      kind: 'activity',
      key: a.id,
      en: a.title.en,
      ko: a.title.ko ?? '',
      codes: '',
    });
    for (const name of [...a.actors.korea, ...a.actors.partner]) actors.add(name);
  }
  for (const name of actors)
    out.push({ id: `actor:${name}`, kind: 'actor', key: name, en: name, ko: '', codes: '' });
  return out;
}
