import type MiniSearch from 'minisearch';
import type { Dataset } from '../../data/types';
import { foldText } from '../table/tableRows';
import { findEntries, type FindEntry } from './findEntries';

/** A search over one dataset's entries; MiniSearch is loaded on first use (see `loadFindIndex`). */
export interface FindIndex {
  search(query: string, limit: number): readonly FindEntry[];
}

/** Which kinds come first among equally good hits: a country before an activity naming it. */
const KIND_BOOST: Record<FindEntry['kind'], number> = {
  country: 3,
  sector: 2,
  actor: 1.5,
  activity: 1,
};

/**
 * Builds the `Find` index with MiniSearch (prefix and slightly fuzzy matching, accents and case
 * folded), imported only when the visitor first uses `Find`.
 */
export async function loadFindIndex(
  dataset: Dataset,
  partnerIso3s: readonly string[],
): Promise<FindIndex> {
  const { default: MiniSearchClass } = await import('minisearch');
  const entries = findEntries(dataset, partnerIso3s);
  const byId = new Map(entries.map((e) => [e.id, e]));
  const index: MiniSearch<FindEntry> = new MiniSearchClass<FindEntry>({
    fields: ['en', 'ko', 'codes'],
    processTerm: (term) => foldText(term),
    searchOptions: {
      prefix: true,
      fuzzy: (term) => (term.length > 4 ? 0.2 : false),
      combineWith: 'AND',
      boost: { en: 2, ko: 2 },
      boostDocument: (id: unknown) => {
        const e = typeof id === 'string' ? byId.get(id) : undefined;
        return e ? KIND_BOOST[e.kind] : 1;
      },
    },
  });
  index.addAll(entries);
  return {
    search(query, limit) {
      if (query.trim() === '') return [];
      return index
        .search(query)
        .slice(0, limit)
        .flatMap((r) => {
          const e = typeof r.id === 'string' ? byId.get(r.id) : undefined;
          return e ? [e] : [];
        });
    },
  };
}
