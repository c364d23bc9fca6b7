/**
 * Serves the datasets in data/ to the app, unchanged and unhashed, so editors'
 * files are what the app fetches: in dev from the folder, in the build as
 * dist/data/*.json. The app learns which datasets exist from the virtual
 * module `virtual:demarche-datasets`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const DATA_DIR = 'data';
const VIRTUAL_ID = 'virtual:demarche-datasets';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const NOT_DATASETS = new Set(['schema.json', 'index.json']);

export interface DatasetEntry {
  /** Path relative to the app's base, like "data/nl-ru.json". */
  file: string;
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
      const entries: DatasetEntry[] = listDatasetFiles(dir).map((name) => ({ file: `data/${name}` }));
      return `export const datasets = ${JSON.stringify(entries)};`;
    },
    configureServer(server) {
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
