/** Builds the app into a fresh temp dir, exactly as tests/e2e/global-setup.ts does. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';

export async function buildApp(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'demarche-bench-'));
  // The same two builds as `npm run build`: the app, then the self-contained embed.html.
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  await build({
    configFile: 'vite.embed.config.ts',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: false },
  });
  return outDir;
}
