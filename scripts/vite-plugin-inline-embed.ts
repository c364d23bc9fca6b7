/**
 * Makes dist/embed.html one self-contained file: its script, its styles and
 * the default dataset are written into the page. A sandboxed iframe without
 * allow-same-origin has an opaque origin, so every file it fetched would be a
 * cross-origin request that most static hosts refuse; a page that fetches
 * nothing works on any host. The inline script is allowed by its hash in the
 * page's Content-Security-Policy.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { contentSecurityPolicy, cspMetaTag } from './vite-plugin-security.ts';
import { listDatasetFiles } from './vite-plugin-datasets.ts';

/** Text that may sit inside a <script> element without ending it early. */
function scriptSafe(text: string): string {
  return text.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

export function inlineEmbedPlugin(dataDir = 'data'): Plugin {
  let outDir = 'dist';
  return {
    name: 'demarche-inline-embed',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    writeBundle() {
      const htmlPath = join(outDir, 'embed.html');
      let html = readFileSync(htmlPath, 'utf8');
      const removed: string[] = [];

      html = html.replace(
        /<script type="module" crossorigin src="\.\/(assets\/[^"]+\.js)"><\/script>/,
        (_, file: string) => {
          removed.push(file);
          return '<!--module-->';
        },
      );
      html = html.replace(
        /<link rel="stylesheet" crossorigin href="\.\/(assets\/[^"]+\.css)">/g,
        (_, file: string) => {
          removed.push(file);
          return `<style>${readFileSync(join(outDir, file), 'utf8').replace(/<\/style/gi, '<\\/style')}</style>`;
        },
      );
      const script = scriptSafe(readFileSync(join(outDir, removed[0]!), 'utf8'));
      const hash = `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
      const datasetFile = listDatasetFiles(dataDir)[0];
      const dataset = datasetFile
        ? `<script type="application/json" id="demarche-dataset" data-file="data/${datasetFile}">${scriptSafe(
            // Compact, but the same data: the validator checked the file as editors wrote it.
            JSON.stringify(JSON.parse(readFileSync(join(dataDir, datasetFile), 'utf8'))),
          )}</script>\n`
        : '';
      // Replacer functions, so "$&" and the like in the code are not read as patterns.
      html = html.replace('<!--module-->', () => `${dataset}<script type="module">${script}</script>`);
      html = html.replace(
        '<meta charset="UTF-8" />',
        () => `<meta charset="UTF-8" />\n    ${cspMetaTag(contentSecurityPolicy([hash]))}`,
      );
      writeFileSync(htmlPath, html);
      for (const file of removed) rmSync(join(outDir, file));
    },
  };
}
