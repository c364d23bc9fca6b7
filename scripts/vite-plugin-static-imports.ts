/**
 * Turns the app's dynamic imports of its own modules into static ones, for the
 * embed build. embed.html is one file that can fetch nothing, so a lazy chunk
 * would be written into it anyway; kept dynamic, the bundler would instead
 * wrap every module in a lazy initialiser to keep the import's deferred
 * evaluation, which made the embed about 10% larger and kept the minifier
 * from inlining module constants.
 *
 * `import('./X')` becomes `Promise.resolve(ns)` with `import * as ns from './X'`
 * at the top: the same promise of the same module namespace, evaluated at start.
 */
import type { Plugin } from 'vite';

/** A dynamic import of a relative path written as a plain string literal. */
const DYNAMIC_IMPORT = /\bimport\(\s*(['"])(\.{1,2}\/[^'"\n]+)\1\s*\)/g;

/**
 * A component's module exports the component alone (the app has no `<script module>` exports), so its
 * namespace is `{ default }`, which is cheaper to write than the bundler's namespace object.
 */
const isComponent = (specifier: string) => specifier.endsWith('.svelte');

export function staticDynamicImports(code: string): string | undefined {
  const specifiers: string[] = [];
  const body = code.replace(DYNAMIC_IMPORT, (_, _quote: string, specifier: string) => {
    let index = specifiers.indexOf(specifier);
    if (index < 0) index = specifiers.push(specifier) - 1;
    return isComponent(specifier)
      ? `Promise.resolve({ default: __static_import_${index} })`
      : `Promise.resolve(__static_import_${index})`;
  });
  if (specifiers.length === 0) return undefined;
  const imports = specifiers.map((specifier, index) => {
    const binding = isComponent(specifier) ? `__static_import_${index}` : `* as __static_import_${index}`;
    return `import ${binding} from ${JSON.stringify(specifier)};\n`;
  });
  return imports.join('') + body;
}

/** For the app's own sources only (src/), after Svelte has compiled its components to JavaScript. */
export function staticImportsPlugin(): Plugin {
  return {
    name: 'demarche-static-imports',
    apply: 'build',
    enforce: 'post',
    transform(code, id) {
      if (!/\/src\/[^?]*\.(?:ts|js|svelte)$/.test(id)) return null;
      const result = staticDynamicImports(code);
      return result === undefined ? null : { code: result, map: null };
    },
  };
}
