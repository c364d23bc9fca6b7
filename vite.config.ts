/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { datasetsPlugin } from './scripts/vite-plugin-datasets.ts';
import { securityPlugin } from './scripts/vite-plugin-security.ts';

// Dates are UTC calendar dates. Tests run west of Greenwich, where treating one
// as local time would show the previous day, so such a bug cannot hide.
process.env.TZ = 'America/Los_Angeles';

export default defineConfig({
  // Relative base: the build works from any sub-path of any static host.
  base: './',
  // See src/env.d.ts: the embed build sets it to true.
  define: { 'import.meta.env.DEMARCHE_EMBED': 'false' },
  plugins: [svelte(), datasetsPlugin(), securityPlugin()],
  build: { target: 'es2022' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    projects: [
      {
        extends: true,
        plugins: [svelteTesting()],
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          setupFiles: ['tests/setup-dom.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
