import { describe, expect, it } from 'vitest';
import { jsonSchemaText } from './json-schema';
import { readProjectFile } from '../../../tests/helpers/files';

describe('data/schema.json', () => {
  it('is the schema the data model generates (run `npm run schema` after changing src/lib/model)', () => {
    expect(readProjectFile('data/schema.json')).toBe(jsonSchemaText());
  });

  it('documents fields for editors and forbids unknown ones', () => {
    const schema = JSON.parse(jsonSchemaText());
    const event = schema.$defs.Event;
    expect(event.additionalProperties).toBe(false);
    expect(event.required).toEqual(['id', 'date', 'actors', 'category', 'title', 'summary', 'sources']);
    expect(event.properties.date.description).toContain('precision');
    expect(event.properties.date.pattern).toBe('^\\d{4}(-\\d{2}(-\\d{2})?)?$');
    expect(schema.$defs.Link.properties.evidence.enum).toEqual(['explicit', 'contextual', 'alleged']);
  });

  it('describes every field of every object', () => {
    const schema = JSON.parse(jsonSchemaText());
    const objects = { dataset: schema, ...schema.$defs };
    const undocumented = Object.entries(objects).flatMap(([name, object]) =>
      Object.entries((object as { properties?: Record<string, { description?: string }> }).properties ?? {})
        .filter(([, field]) => !field.description)
        .map(([field]) => `${name}.${field}`),
    );
    expect(undocumented).toEqual([]);
  });
});
