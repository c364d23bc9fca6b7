/** Converts the valibot data model into the JSON Schema that editors' tools read. */
import { toJsonSchema } from '@valibot/to-json-schema';
import {
  ActorSchema,
  CategorySchema,
  DatasetSchema,
  EventSchema,
  LinkSchema,
  SourceSchema,
  TextSchema,
} from './schema';
import { SCHEMA_DOCS } from './schema-docs';

export const SCHEMA_ID = 'https://demarche.invalid/schema/dataset.json';

export function buildJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(DatasetSchema, {
    // Custom checks (real dates, non-blank text) have no JSON Schema form;
    // they stay in the validator, and the patterns still guide editors.
    errorMode: 'ignore',
    definitions: {
      Text: TextSchema,
      Source: SourceSchema,
      Actor: ActorSchema,
      Category: CategorySchema,
      Event: EventSchema,
      Link: LinkSchema,
    },
  });
  return documented({ ...schema, title: 'demarche dataset' });
}

/** Adds each field's description from schema-docs.ts; throws when one points at nothing. */
function documented(schema: Record<string, unknown>): Record<string, unknown> {
  for (const [pointer, description] of Object.entries(SCHEMA_DOCS)) {
    const node = pointer
      .split('/')
      .slice(1)
      .reduce<unknown>((parent, key) => (parent as Record<string, unknown> | undefined)?.[key], schema);
    if (typeof node !== 'object' || node === null) {
      throw new Error(`schema-docs.ts: ${pointer} is not a place in the generated schema`);
    }
    (node as Record<string, unknown>).description = description;
  }
  return schema;
}

/** The file's text, exactly as committed: stable key order and a final newline. */
export function jsonSchemaText(): string {
  return JSON.stringify(buildJsonSchema(), null, 2) + '\n';
}
