import { BLOCK } from './offlineFile';

let texts: ReadonlyMap<string, string> | undefined;
const urls = new Map<string, string>();

/** The single file's source texts by path, read once (empty on a served page). */
function sourceTexts(): ReadonlyMap<string, string> {
  if (texts) return texts;
  const map = new Map<string, string>();
  const text =
    typeof document === 'undefined'
      ? null
      : document.getElementById(BLOCK.sourceTexts)?.textContent;
  try {
    const raw: unknown = text ? JSON.parse(text) : null;
    if (typeof raw === 'object' && raw !== null)
      for (const [file, body] of Object.entries(raw))
        if (typeof body === 'string') map.set(file, body);
  } catch {
    // A damaged block: the links stay as they are.
  }
  texts = map;
  return map;
}

/**
 * Where "Full text" opens a source: in the single file, a blob URL of the text it carries (there is
 * no `sources/` folder beside a file on a USB stick); elsewhere null, and the link keeps the path.
 */
export function embeddedSourceUrl(file: string): string | null {
  const known = urls.get(file);
  if (known) return known;
  const body = sourceTexts().get(file);
  if (body === undefined) return null;
  const url = URL.createObjectURL(new Blob([body], { type: 'text/plain;charset=utf-8' }));
  urls.set(file, url);
  return url;
}
