import type { LoadResult } from './types';
import { validateDataset } from './validate';

/**
 * Parses and validates a dataset file's text (a leading byte-order mark is ignored); text that is
 * not JSON gets kind `'not-json'`.
 */
export function parseDataset(text: string): LoadResult {
  let json: unknown;
  try {
    json = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      kind: 'not-json',
      problems: [{ path: '', message: `The file is not valid JSON: ${reason}` }],
    };
  }
  return validateDataset(json);
}

/** Reads a dataset file (e.g. from a file input or a drop) and parses it. */
export async function loadDatasetFile(file: Blob): Promise<LoadResult> {
  return parseDataset(await file.text());
}
