/**
 * Writes what is made from the data model (`npm run schema`): data/schema.json
 * for editors, and the page's quick check (scripts/generate-check.ts).
 */
import { writeFileSync } from 'node:fs';
import { jsonSchemaText } from '../src/lib/model/json-schema';
import { DatasetSchema } from '../src/lib/model/schema';
import { generateCheck } from './generate-check';

const outputs = [
  { target: new URL('../data/schema.json', import.meta.url), text: jsonSchemaText() },
  {
    target: new URL('../src/lib/validate/dataset-check.generated.ts', import.meta.url),
    text: generateCheck(DatasetSchema),
  },
];
for (const { target, text } of outputs) {
  writeFileSync(target, text);
  console.log(`wrote ${target.pathname}`);
}
