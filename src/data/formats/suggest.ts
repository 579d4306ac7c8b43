/**
 * Levenshtein distance between `a` and `b`, giving up (returning `max + 1`) as soon as it must
 * exceed `max`, so that checking a value against every country name stays cheap.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      row.push(d);
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length] ?? max + 1;
}

/** Folds case, accents (Hangul stays composed) and spacing, so `"  Côte d'Ivoire"` and `"cote d'ivoire"` compare equal. */
export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The candidate closest to `value` (compared folded), when it is a near miss: at most one edit
 * in four characters (at least one edit). Returns the candidate's `label`.
 */
export function suggest(
  value: string,
  candidates: Iterable<{ readonly key: string; readonly label: string }>,
): string | undefined {
  const v = fold(value);
  const max = Math.max(1, Math.floor(v.length / 4));
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const c of candidates) {
    const d = editDistance(v, c.key, Math.min(max, bestDistance - 1));
    if (d < bestDistance) {
      bestDistance = d;
      best = c.label;
    }
  }
  return best;
}
