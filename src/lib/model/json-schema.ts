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
  return { ...schema, title: 'demarche dataset' };
}

/** The file's text, exactly as committed: stable key order and a final newline. */
export function jsonSchemaText(): string {
  return JSON.stringify(buildJsonSchema(), null, 2) + '\n';
}
