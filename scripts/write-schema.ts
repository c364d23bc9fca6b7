/** Writes data/schema.json from the data model (`npm run schema`). */
import { writeFileSync } from 'node:fs';
import { jsonSchemaText } from '../src/lib/model/json-schema';

const target = new URL('../data/schema.json', import.meta.url);
writeFileSync(target, jsonSchemaText());
console.log(`wrote ${target.pathname}`);
