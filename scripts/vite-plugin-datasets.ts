/**
 * Serves the datasets in data/ to the app, unchanged and unhashed, so editors'
 * files are what the app fetches: in dev from the folder, in the build as
 * dist/data/*.json. The app learns which datasets exist from the virtual
 * module `virtual:demarche-datasets`, and index.html starts downloading the
 * one it will show before the app's code has arrived (dataset-preload.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { datasetPreloadScript } from './dataset-preload.ts';

/** Tests point the dev server at a scratch copy of the data. */
const DATA_DIR = process.env.DEMARCHE_DATA_DIR ?? 'data';
const VIRTUAL_ID = 'virtual:demarche-datasets';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const NOT_DATASETS = new Set(['schema.json', 'index.json']);
/** The dev server's message when a file in data/ changes; the app listens for it. */
export const DATASET_CHANGED = 'demarche:dataset-changed';

export interface DatasetEntry {
  /** Path relative to the app's base, like "data/nl-ru.json". */
  file: string;
  /** For the dataset picker; the file name when the file cannot be read as a dataset yet. */
  title: string;
}

/** The title a picker shows: the dataset's own, in its first language, without validating it. */
export function datasetTitle(text: string, fallback: string): string {
  try {
    const { title, languages } = JSON.parse(text) as { title?: unknown; languages?: unknown };
    if (typeof title === 'string' && title.trim()) return title;
    if (title && typeof title === 'object') {
      const first = Array.isArray(languages) ? String(languages[0]) : 'en';
      const map = title as Record<string, unknown>;
      const value = map[first] ?? Object.values(map)[0];
      if (typeof value === 'string' && value.trim()) return value;
    }
  } catch {
    // An invalid file still gets listed, so the app can show what is wrong with it.
  }
  return fallback;
}

export function listDatasetFiles(dir = DATA_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && !NOT_DATASETS.has(name))
    .sort();
}

export function datasetsPlugin({
  dir = DATA_DIR,
  emit = true,
}: { dir?: string; emit?: boolean } = {}): Plugin {
  return {
    name: 'demarche-datasets',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const entries: DatasetEntry[] = listDatasetFiles(dir).map((name) => ({
        file: `data/${name}`,
        title: datasetTitle(readFileSync(join(dir, name), 'utf8'), name),
      }));
      return `export const datasets = ${JSON.stringify(entries)};`;
    },
    transformIndexHtml(html, context) {
      const defaultFile = listDatasetFiles(dir)[0];
      if (!context.filename.endsWith('index.html') || !defaultFile) return html;
      // First in <head>, so the request starts before the stylesheet and the script are even asked for.
      return html.replace(
        '<meta charset="UTF-8" />',
        () => `<meta charset="UTF-8" />\n    <script>${datasetPreloadScript(`data/${defaultFile}`)}</script>`,
      );
    },
    configureServer(server) {
      // Hot reload for editors: tell the page which dataset changed; it re-validates and re-renders,
      // keeping its place, which lives in the URL.
      server.watcher.add(resolve(dir));
      const notify = (path: string) => {
        if (!path.endsWith('.json') || resolve(path, '..') !== resolve(dir)) return;
        const file = `data/${basename(path)}`;
        server.ws.send({ type: 'custom', event: DATASET_CHANGED, data: { file } });
      };
      server.watcher.on('change', notify);
      server.watcher.on('add', notify);
      server.middlewares.use((request, response, next) => {
        const match = /^\/data\/([\w.-]+\.json)(?:\?.*)?$/.exec(request.url ?? '');
        if (!match || !readdirSync(dir).includes(match[1]!)) return next();
        response.setHeader('Content-Type', 'application/json; charset=utf-8');
        response.setHeader('Cache-Control', 'no-cache');
        response.end(readFileSync(join(dir, match[1]!)));
      });
    },
    generateBundle() {
      if (!emit) return;
      for (const name of [...listDatasetFiles(dir), 'schema.json']) {
        this.emitFile({ type: 'asset', fileName: `data/${name}`, source: readFileSync(join(dir, name)) });
      }
    },
  };
}
