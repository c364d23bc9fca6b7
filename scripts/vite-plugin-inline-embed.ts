/**
 * Makes dist/embed.html one self-contained file: its script, its styles and
 * every dataset in data/ are written into the page. A sandboxed iframe without
 * allow-same-origin has an opaque origin, so every file it fetched would be a
 * cross-origin request that most static hosts refuse; a page that fetches
 * nothing works on any host. The inline script is allowed by its hash in the
 * page's Content-Security-Policy.
 *
 * Each dataset is validated here, and an invalid one fails the build with the
 * validator's report: the embed trusts what it carries and ships without the
 * validator (src/lib/data/inline-datasets.ts).
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import { contentSecurityPolicy, cspMetaTag } from './vite-plugin-security.ts';
import { listDatasetFiles } from './vite-plugin-datasets.ts';
import type { validateDatasetText as Validate } from '../src/lib/validate/validate-dataset.ts';
import type { formatProblem as Format } from '../src/lib/validate/format-problem.ts';

/** The app's own validator, loaded through Vite's module runner (it is TypeScript, and so are its imports). */
async function loadValidator(): Promise<{
  validateDatasetText: typeof Validate;
  formatProblem: typeof Format;
}> {
  const load = <T>(path: string) =>
    runnerImport<T>(fileURLToPath(new URL(path, import.meta.url)), { configFile: false, logLevel: 'warn' });
  const [validate, format] = await Promise.all([
    load<{ validateDatasetText: typeof Validate }>('../src/lib/validate/validate-dataset.ts'),
    load<{ formatProblem: typeof Format }>('../src/lib/validate/format-problem.ts'),
  ]);
  return {
    validateDatasetText: validate.module.validateDatasetText,
    formatProblem: format.module.formatProblem,
  };
}

/** Text that may sit inside a <script> element without ending it early. */
function scriptSafe(text: string): string {
  return text.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** One `<script type="application/json">` per dataset, compact; throws with every problem of an invalid one. */
export async function inlineDatasetScripts(dataDir: string): Promise<string> {
  const { validateDatasetText, formatProblem } = await loadValidator();
  return listDatasetFiles(dataDir)
    .map((name) => {
      const file = join(dataDir, name);
      const result = validateDatasetText(readFileSync(file, 'utf8'));
      if (!result.ok) {
        const report = result.problems.map((problem) => formatProblem(file, problem)).join('\n');
        throw new Error(`embed.html: ${file} is not a valid dataset (npm run validate):\n${report}`);
      }
      const json = scriptSafe(JSON.stringify(result.dataset));
      return `<script type="application/json" class="demarche-dataset" data-file="data/${name}">${json}</script>\n`;
    })
    .join('');
}

export function inlineEmbedPlugin(dataDir = 'data'): Plugin {
  let outDir = 'dist';
  return {
    name: 'demarche-inline-embed',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async writeBundle() {
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
      const datasets = await inlineDatasetScripts(dataDir);
      // Replacer functions, so "$&" and the like in the code are not read as patterns.
      html = html.replace('<!--module-->', () => `${datasets}<script type="module">${script}</script>`);
      html = html.replace(
        '<meta charset="UTF-8" />',
        () => `<meta charset="UTF-8" />\n    ${cspMetaTag(contentSecurityPolicy([hash]))}`,
      );
      writeFileSync(htmlPath, html);
      for (const file of removed) rmSync(join(outDir, file));
    },
  };
}
