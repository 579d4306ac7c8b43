import { formatOf, MAX_FILE_BYTES } from '../formats/limits';
import { parseDataset } from '../load';
import type { OpenOutcome, OpenRequest } from './protocol';

type Progress = (fraction: number) => void;

/** Share of the progress bar that reading the bytes takes; parsing and checking take the rest. */
const READ_SHARE = 0.6;

/** The file's bytes (a buffer of their own, offset 0), read in chunks so progress can be told. */
async function readBytes(file: Blob, onProgress: Progress): Promise<Uint8Array<ArrayBuffer>> {
  const out = new Uint8Array(file.size);
  const reader = file.stream().getReader();
  let at = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    out.set(value.subarray(0, out.length - at), at);
    at += value.length;
    onProgress((READ_SHARE * at) / Math.max(1, file.size));
  }
  return at === out.length ? out : out.slice(0, at);
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Opens a dataset file of any format `Open dataset` accepts (SPEC §2): refuses a file over the
 * size limit before reading it, reads it (readers loaded on first use) and validates it. Runs in
 * the worker; plain enough to test in Node. Never throws.
 */
export async function readDatasetFile(
  request: OpenRequest,
  onProgress: Progress,
): Promise<OpenOutcome> {
  const { file } = request;
  if (file.size > MAX_FILE_BYTES) return { kind: 'too-large', size: file.size };
  const format = formatOf(file.name);
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = await readBytes(file, onProgress);
  } catch (error) {
    return { kind: 'unreadable', detail: message(error) };
  }
  const text = () => new TextDecoder().decode(bytes);
  try {
    if (format === 'json') {
      const result = parseDataset(text());
      onProgress(0.95);
      if (result.ok) return { kind: 'loaded', dataset: result.dataset };
      return result.kind === 'not-json'
        ? { kind: 'not-json', detail: result.problems[0]?.message ?? '' }
        : { kind: 'invalid', problems: result.problems };
    }
    if (format === 'xml') {
      const { readIati } = await import('../formats/iati/readIati');
      return readIati(text(), request.home, file.name);
    }
    const { datasetFromSheets } = await import('../formats/sheetsToDataset');
    const sheets =
      format === 'csv'
        ? await (await import('../formats/csvSheet')).readCsv(text())
        : await (await import('../formats/xlsx')).readXlsx(bytes.buffer);
    onProgress(0.8);
    const result = datasetFromSheets(sheets, file.name);
    onProgress(0.95);
    return result.ok
      ? { kind: 'loaded', dataset: result.dataset }
      : { kind: 'invalid', problems: result.problems };
  } catch (error) {
    return { kind: 'unreadable', detail: message(error) };
  }
}
