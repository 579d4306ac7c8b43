/** The page's URL with `embed=1` added (or removed with `embed: false`), hash kept. */
export function withEmbed(href: string, embed: boolean): string {
  const url = new URL(href);
  if (embed) url.searchParams.set('embed', '1');
  else url.searchParams.delete('embed');
  return url.toString().replace(/%2C/g, ',');
}

function escapeAttr(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/** The iframe snippet that embeds the current view, 600 px high (the embed fits that frame). */
export function iframeSnippet(href: string, title: string): string {
  return `<iframe src="${escapeAttr(withEmbed(href, true))}" title="${escapeAttr(title)}" width="100%" height="600" style="border:0" loading="lazy"></iframe>`;
}
