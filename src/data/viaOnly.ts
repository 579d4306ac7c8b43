import type { Dataset } from './types';
import type { PartnerStat } from './selection';

/** Whether a partner country is reached only through a group (e.g. only "via ASEAN"). */
export function isViaOnly(p: Pick<PartnerStat, 'direct' | 'viaGroups'>): boolean {
  return p.direct === 0 && p.viaGroups.length > 0;
}

/** The groups through which some partner is reached only via a group, in dataset order. */
export function viaOnlyGroups(
  partners: readonly Pick<PartnerStat, 'direct' | 'viaGroups'>[],
  dataset: Pick<Dataset, 'groups'>,
): Dataset['groups'] {
  const used = new Set(partners.flatMap((p) => (isViaOnly(p) ? p.viaGroups : [])));
  return dataset.groups.filter((g) => used.has(g.id));
}
