/**
 * The address of the full page showing the same state as this embed: the same
 * query without the embed options, next to embed.html.
 */
const EMBED_ONLY = ['embed'];

export function fullViewUrl(embedUrl: string): string {
  const url = new URL(embedUrl);
  for (const name of EMBED_ONLY) url.searchParams.delete(name);
  url.pathname = url.pathname.replace(/embed\.html$/, '');
  url.hash = '';
  // URLSearchParams writes commas as %2C; the app's own URLs keep them readable.
  return url.href.replace(/%2C/gi, ',');
}
