import { describe, expect, it } from 'vitest';
import { staticDynamicImports } from './vite-plugin-static-imports';

describe('staticDynamicImports', () => {
  it('turns a dynamic import of a module into a static namespace import', () => {
    const code = "const { eventsToCsv } = await import('../../export/csv');";
    expect(staticDynamicImports(code)).toBe(
      'import * as __static_import_0 from "../../export/csv";\n' +
        'const { eventsToCsv } = await Promise.resolve(__static_import_0);',
    );
  });

  it('imports a component by its default export, the whole of its namespace', () => {
    const code = 'const Panel = lazy(() => import("./FilterPanel.svelte"));';
    expect(staticDynamicImports(code)).toBe(
      'import __static_import_0 from "./FilterPanel.svelte";\n' +
        'const Panel = lazy(() => Promise.resolve({ default: __static_import_0 }));',
    );
  });

  it('imports each module once however often it is asked for', () => {
    const code = "import('./a.ts'); import('./b.ts'); import('./a.ts');";
    const result = staticDynamicImports(code)!;
    expect(result.match(/^import \* as/gm)).toHaveLength(2);
    expect(result).toContain(
      'Promise.resolve(__static_import_0); Promise.resolve(__static_import_1); Promise.resolve(__static_import_0);',
    );
  });

  it('leaves code without relative dynamic imports alone', () => {
    expect(staticDynamicImports("import x from './x'; const y = 'import(\"pkg\")';")).toBeUndefined();
    expect(staticDynamicImports('await import(url);')).toBeUndefined();
  });
});
