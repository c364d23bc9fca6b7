import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

export default {
  preprocess: vitePreprocess(),
  compilerOptions: {
    runes: true,
    // No window.__svelte version marker: a page that calls no third party need not announce its framework.
    discloseVersion: false,
    // Scoping classes are written into every component's markup, so their length is paid in the bundle:
    // "d-" instead of "svelte-" (the hash of the styles keeps them apart).
    cssHash: ({ hash, css }) => `d-${hash(css)}`,
  },
};
