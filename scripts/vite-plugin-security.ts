/**
 * Security headers that travel with the files: a Content-Security-Policy meta
 * tag that allows nothing but this site, so the app cannot be made to load or
 * send anything elsewhere, whatever a dataset contains.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

export function contentSecurityPolicy(scriptSources: string[] = ["'self'"]): string {
  return [
    "default-src 'self'",
    `script-src ${scriptSources.join(' ')}`,
    // Svelte sets some inline styles; style attributes cannot run code.
    "style-src 'self' 'unsafe-inline'",
    // blob: lets the PNG export draw the chart's own SVG; nothing outside the page can make one.
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export function cspMetaTag(policy: string): string {
  return `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
}

/** CSP sources for a page's inline classic scripts, by hash: those and nothing else may run inline. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
    ([, code]) => `'sha256-${createHash('sha256').update(code!).digest('base64')}'`,
  );
}

/** Adds the policy to index.html in the build (the dev server needs its own inline helpers). */
export function securityPlugin(): Plugin {
  return {
    name: 'demarche-security',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.filename.endsWith('index.html')) return html;
        return html.replace(
          '<meta charset="UTF-8" />',
          () =>
            `<meta charset="UTF-8" />\n    ${cspMetaTag(contentSecurityPolicy(["'self'", ...inlineScriptHashes(html)]))}`,
        );
      },
    },
  };
}
