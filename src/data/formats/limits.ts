/** Files larger than this are refused before a byte is read (SPEC §1). */
export const MAX_FILE_BYTES = 250 * 1024 * 1024;

/** The limit as the messages name it. */
export const MAX_FILE_LABEL = '250 MB';

/** The formats `Open dataset` reads, by what the file's name ends with. */
export type FileFormat = 'json' | 'xlsx' | 'csv' | 'xml';

/** The format of a file by its name's extension; JSON when there is none we know. */
export function formatOf(name: string): FileFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  return ext === 'xlsx' || ext === 'csv' || ext === 'xml' ? ext : 'json';
}
