/** The HTML a teacher pastes into a page to embed the timeline. */
import type { Theme } from '../state/location-params';

export interface EmbedOptions {
  /** The full view's current URL: its state goes into the embed. */
  pageUrl: string;
  title: string;
  height: number;
  theme: Theme;
  startWithList: boolean;
  /** Add the script that sizes the iframe to its content. */
  autoResize: boolean;
}

/** Attributes of the iframe; sandboxed, since the embed needs nothing but its own scripts and new tabs for links. */
const SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox';
export const MIN_HEIGHT = 240;
export const MAX_HEIGHT = 4000;

export function embedUrl({
  pageUrl,
  theme,
  startWithList,
}: Pick<EmbedOptions, 'pageUrl' | 'theme' | 'startWithList'>): string {
  const url = new URL('embed.html', pageUrl);
  const params = new URLSearchParams(new URL(pageUrl).search);
  params.delete('theme');
  params.delete('view');
  if (theme !== 'auto') params.set('theme', theme);
  if (startWithList) params.set('view', 'list');
  url.search = params.toString().replace(/%2C/gi, ',');
  return url.href;
}

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function embedSnippet(options: EmbedOptions): string {
  const height = Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, options.height)));
  // embed.js only resizes frames that ask for it.
  const resize = options.autoResize ? ' data-demarche-resize' : '';
  const iframe =
    `<iframe src="${attribute(embedUrl(options))}" title="${attribute(options.title)}"${resize} ` +
    `width="100%" height="${height}" style="border:0;width:100%;max-width:100%" loading="lazy" ` +
    `sandbox="${SANDBOX}" referrerpolicy="no-referrer"></iframe>`;
  if (!options.autoResize) return iframe;
  const script = new URL('embed.js', options.pageUrl).href;
  return `${iframe}\n<script src="${attribute(script)}" async></script>`;
}
