/**
 * Reading the tree fast-xml-parser gives (attributes as `@_name`, namespace prefixes removed, text
 * always under `#text`, repeated elements as arrays) without casts: every accessor checks.
 */
export type XNode = Readonly<Record<string, unknown>>;

export function isNode(x: unknown): x is XNode {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** The child elements called `name` (one or many). */
export function children(node: XNode | undefined, name: string): XNode[] {
  const v = node?.[name];
  if (Array.isArray(v)) return v.filter(isNode);
  return isNode(v) ? [v] : [];
}

export function child(node: XNode | undefined, name: string): XNode | undefined {
  return children(node, name)[0];
}

/** An attribute's value, trimmed; undefined when absent or empty. */
export function attr(node: XNode | undefined, name: string): string | undefined {
  const v = node?.[`@_${name}`];
  const s = typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
  return s === '' ? undefined : s;
}

/** The element's own text, trimmed. */
export function textOf(node: XNode | undefined): string {
  const v = node?.['#text'];
  return typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
}

/** `narrative` children as `{lang (lower case, '' when none), text}`, empty ones left out. */
export function narratives(node: XNode | undefined): { lang: string; text: string }[] {
  return children(node, 'narrative')
    .map((n) => ({ lang: (attr(n, 'lang') ?? '').toLowerCase(), text: textOf(n) }))
    .filter((n) => n.text !== '');
}

/** Every element name that may repeat, so it always parses as an array. */
export const REPEATED = new Set([
  'iati-activity',
  'narrative',
  'title',
  'description',
  'participating-org',
  'recipient-country',
  'recipient-region',
  'sector',
  'activity-date',
  'transaction',
  'reporting-org',
  'activity-status',
]);
