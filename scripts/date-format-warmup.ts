/**
 * A line for index.html's <head>: the first date a page formats costs about
 * 15 ms, while the browser loads its date and time zone data. This asks for it
 * in a task of its own while the app's code and data are still downloading, so
 * the first render does not wait for it; should the code already be there,
 * the cost is the same as paying it later.
 */
import type { Plugin } from 'vite';

export function dateFormatWarmUpScript(locale: string): string {
  return `setTimeout(() => new Intl.DateTimeFormat(${JSON.stringify(locale)}, { year: 'numeric', timeZone: 'UTC' }).format(0));`;
}

/** Writes the warm-up into index.html, first in <head> (security.ts then allows it by its hash). */
export function dateFormatWarmUpPlugin(locale: string): Plugin {
  return {
    name: 'demarche-date-format-warm-up',
    transformIndexHtml(html, context) {
      if (!context.filename.endsWith('index.html')) return html;
      return html.replace(
        '<meta charset="UTF-8" />',
        () => `<meta charset="UTF-8" />\n    <script>${dateFormatWarmUpScript(locale)}</script>`,
      );
    },
  };
}
