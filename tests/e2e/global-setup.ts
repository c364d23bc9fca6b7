/**
 * Builds the app once, serves it on 127.0.0.1 under a sub-path, and tells the
 * tests where. Browser tests are required when CI=true; elsewhere they are
 * skipped, with a note, if Chromium is missing.
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildApp } from './build-app';
import { startStaticServer } from './static-server';
import { CHROMIUM_PATH } from './chromium';
import { syntheticDataset } from '../../scripts/synthetic-dataset';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
    browserAvailable: boolean;
  }
}

export const APP_PREFIX = '/demarche/app/';

export default async function setup(project: TestProject) {
  const browserAvailable = existsSync(CHROMIUM_PATH);
  if (!browserAvailable && process.env.CI === 'true') {
    throw new Error(
      `Browser tests are required in CI, but ${CHROMIUM_PATH} is missing (apt-get install -y chromium).`,
    );
  }
  if (!browserAvailable) console.warn(`\n⚠ ${CHROMIUM_PATH} not found: browser tests are skipped.\n`);

  const outDir = await buildApp('demarche-e2e-');
  // A large dataset, for the tests of culling and count marks.
  writeFileSync(
    join(outDir, 'synthetic-5000.json'),
    JSON.stringify(syntheticDataset({ events: 5000, actors: 4, seed: 3 })),
  );
  const { server, origin } = await startStaticServer([
    { prefix: `${APP_PREFIX}fixtures/`, dir: resolve('tests/fixtures') },
    { prefix: APP_PREFIX, dir: outDir },
  ]);
  project.provide('appUrl', `${origin}${APP_PREFIX}`);
  project.provide('browserAvailable', browserAvailable);

  return async () => {
    await new Promise((done) => server.close(done));
    rmSync(outDir, { recursive: true, force: true });
  };
}
