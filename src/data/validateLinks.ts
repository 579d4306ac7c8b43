/**
 * Whitespace or an invisible character anywhere. Browsers drop tabs and newlines from anywhere
 * in a URL and spaces and control characters from its ends before reading the scheme, so
 * `" javascript:…"` or `"java\tscript:…"` would run as script if they reached an `href`.
 */
const HIDDEN = /[\s\p{C}]/u;

/** `javascript:`, `data:`, `C:`: anything that reads as a scheme (or a drive letter). */
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * `s` percent-decoded until it stops changing (`%252e` → `%2e` → `.`), or undefined when it holds
 * a malformed escape. A server or a file system may decode what the browser left encoded, so a
 * path is judged by what it finally means.
 */
function decoded(s: string): string | undefined {
  let current = s;
  // Stryker disable next-line EqualityOperator,UpdateOperator: a bound only, for hostile input.
  for (let i = 0; i < 4; i++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return undefined;
    }
    if (next === current) return current;
    current = next;
  }
  return undefined;
}

/**
 * Whether `s` is a relative path inside `data/` (`sources/001.txt`): no scheme, no leading slash
 * or backslash, no `..` segment (also when written `%2e%2e`), no whitespace or control character.
 * Source files are linked from the details, so anything else could leave `data/` or run as script.
 */
export function isDataPath(s: string): boolean {
  const path = decoded(s);
  if (path === undefined || path === '' || HIDDEN.test(path)) return false;
  if (SCHEME.test(path) || path.startsWith('/') || path.startsWith('\\')) return false;
  return !path.split(/[\\/]/).includes('..');
}

/**
 * Whether `s` is an absolute `http:` or `https:` URL (which the URL parser only accepts with a
 * host), and nothing else: the only links from a dataset the atlas opens (SPEC §6).
 */
export function isHttpUrl(s: string): boolean {
  return /^https?:\/\//i.test(s) && !HIDDEN.test(s) && URL.canParse(s);
}
