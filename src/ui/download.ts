/** Saves a blob under a file name through a temporary link. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `cooperation-atlas-2019-2024` style file stem for exports. */
export function exportStem(from: number, to: number): string {
  return `cooperation-atlas-${from}-${to}`;
}
