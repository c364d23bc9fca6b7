/**
 * The second half of `npm run build`: dist/embed.html as one self-contained
 * file (see scripts/vite-plugin-inline-embed.ts). Runs after the main build
 * and adds to its output.
 */
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { inlineEmbedPlugin } from './scripts/vite-plugin-inline-embed.ts';
import { datasetsPlugin } from './scripts/vite-plugin-datasets.ts';
import { staticImportsPlugin } from './scripts/vite-plugin-static-imports.ts';

export default defineConfig({
  base: './',
  // Leaves out what only the full page uses: see src/env.d.ts.
  define: { 'import.meta.env.DEMARCHE_EMBED': 'true' },
  plugins: [svelte(), staticImportsPlugin(), datasetsPlugin({ emit: false }), inlineEmbedPlugin()],
  build: {
    target: 'es2022',
    emptyOutDir: false,
    copyPublicDir: false,
    // No modulepreload links in a one-file page: no polyfill for them.
    modulePreload: { polyfill: false },
    // One chunk: code split off for downloads (which the embed does not offer) would be a file to fetch.
    rollupOptions: { input: 'embed.html', output: { codeSplitting: false } },
  },
});
