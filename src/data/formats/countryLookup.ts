import { COUNTRIES, ISO3_BY_ISO2 } from '../countries';
import { show } from '../show';
import type { Iso3 } from '../types';
import { fold, suggest } from './suggest';

/** Either the ISO3 code a value names, or the reason it names none. */
export type Resolved =
  { readonly ok: true; readonly code: string } | { readonly ok: false; readonly message: string };

let byName: ReadonlyMap<string, Iso3> | undefined;
let candidates: readonly { key: string; label: string }[] | undefined;

/** Folded English and Korean names → ISO3, built on first use. */
function names(): ReadonlyMap<string, Iso3> {
  if (byName) return byName;
  const map = new Map<string, Iso3>();
  for (const c of COUNTRIES.values()) {
    map.set(fold(c.name.en), c.iso3);
    if (c.name.ko) map.set(fold(c.name.ko), c.iso3);
  }
  byName = map;
  return map;
}

function nameCandidates(): readonly { key: string; label: string }[] {
  candidates ??= [...COUNTRIES.values()].flatMap((c) => [
    { key: fold(c.name.en), label: c.name.en },
    ...(c.name.ko ? [{ key: fold(c.name.ko), label: c.name.ko }] : []),
  ]);
  return candidates;
}

/**
 * The ISO3 code of a country written as ISO3, ISO2, or its English or Korean name (case,
 * accents and spacing ignored); undefined when it names no country.
 */
export function countryCode(value: string): Iso3 | undefined {
  const v = value.trim();
  const upper = v.toUpperCase();
  if (/^[A-Z]{3}$/.test(upper) && COUNTRIES.has(upper)) return upper;
  if (/^[A-Z]{2}$/.test(upper)) return ISO3_BY_ISO2.get(upper);
  return names().get(fold(v));
}

/** Like `countryCode`, with the reason and a near miss's suggestion when it names no country. */
export function resolveCountry(value: string): Resolved {
  const code = countryCode(value);
  if (code !== undefined) return { ok: true, code };
  const near = suggest(value, nameCandidates());
  const hint = near === undefined ? '' : ` (did you mean ${near}?)`;
  return { ok: false, message: `${show(value.trim())} is not a country${hint}` };
}
