/** What to change so that the map's feature states go from `prev` to `next`. */
export interface FeatureStateDiff<S> {
  /** Features whose state is new or changed, with the new state. */
  readonly set: readonly (readonly [number, S])[];
  /** Features that had a state and have none now. */
  readonly remove: readonly number[];
}

function shallowEqual<S extends object>(a: S, b: S): boolean {
  const ka = Object.keys(a) as (keyof S)[];
  return ka.length === Object.keys(b).length && ka.every((k) => Object.is(a[k], b[k]));
}

/** Compares two id → state maps (states compared key by key) and lists the updates to make. */
export function diffFeatureStates<S extends object>(
  prev: ReadonlyMap<number, S>,
  next: ReadonlyMap<number, S>,
): FeatureStateDiff<S> {
  const set: (readonly [number, S])[] = [];
  const remove: number[] = [];
  for (const [id, s] of next) {
    const old = prev.get(id);
    if (!old || !shallowEqual(old, s)) set.push([id, s]);
  }
  for (const id of prev.keys()) if (!next.has(id)) remove.push(id);
  return { set, remove };
}
