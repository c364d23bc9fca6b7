/**
 * Builds the app into a fresh temp dir, as `npm run build` does: the app, then
 * the self-contained embed.html. Shared by the end-to-end tests, the benchmark
 * and the bundle-budget check, so all three measure the same build.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';

export async function buildApp(prefix = 'demarche-build-'): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), prefix));
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  await build({
    configFile: 'vite.embed.config.ts',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: false },
  });
  return outDir;
}
