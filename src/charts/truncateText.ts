const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * `text` shortened with an ellipsis so that `measure(result) <= maxWidth`; the text itself
 * when it fits, and `''` when not even one character and the ellipsis fit.
 */
export function truncateText(
  text: string,
  maxWidth: number,
  measure: (text: string) => number,
): string {
  if (!(maxWidth > 0)) return '';
  if (measure(text) <= maxWidth) return text;
  const chars = Array.from(graphemes.segment(text), (g) => g.segment);
  let lo = 0;
  let hi = chars.length - 1;
  // Binary search for the longest prefix that fits with the ellipsis.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(chars.slice(0, mid).join('').trimEnd() + '…') <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '' : chars.slice(0, lo).join('').trimEnd() + '…';
}
