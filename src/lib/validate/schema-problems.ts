/**
 * Turns valibot issues into problems an editor can act on: the JSON path,
 * what was found, and what would be accepted.
 */
import * as v from 'valibot';
import { DatasetSchema } from '../model/schema';
import { describeValue } from './describe';
import { didYouMean } from './suggest';
import { suggestIsoDate } from './date-hints';
import type { Problem } from './problem';

type AnySchema = v.GenericSchema & {
  entries?: Record<string, AnySchema>;
  item?: AnySchema;
  items?: AnySchema[];
  wrapped?: AnySchema;
  value?: AnySchema;
  options?: AnySchema[];
};

const FIELD_EXAMPLES: Record<string, string> = {
  id: '"2018-04-13-opcw-hack-disrupted"',
  date: '"2014-07-17"',
  actors: '["nl"]',
  category: '{"type": "SANCTION", "mode": "expel"}',
  type: '"SANCTION"',
  title: '"…"',
  summary: '"…"',
  sources: '[{"url": "https://…", "publisher": "…"}]',
  url: '"https://…"',
  publisher: '"NOS"',
  from: '"<id of the trigger event>"',
  to: '"<id of the response event>"',
  kind: '"retaliation"',
  evidence: '"explicit"',
  name: '"…"',
  shortName: '"…"',
};

const EXPECTED_WORDS: Record<string, string> = {
  string: 'text in double quotes',
  number: 'a number',
  boolean: 'true or false',
  Array: 'a list in [ ]',
  Object: 'an object in { }',
};

export function schemaProblems(input: unknown): Problem[] {
  const result = v.safeParse(DatasetSchema, input);
  if (result.success) return [];
  return result.issues.map(toProblem);
}

function toProblem(issue: v.BaseIssue<unknown>): Problem {
  const path = (issue.path ?? []).map((item) => item.key as string | number);

  if (issue.kind === 'schema' && issue.expected === 'never' && typeof issue.input === 'string') {
    const known = Object.keys(entriesAt(path.slice(0, -1)) ?? {});
    return {
      path,
      at: 'key',
      message: `unknown field "${issue.input}"${didYouMean(issue.input, known)}${known.length ? ` Known fields here: ${known.join(', ')}.` : ''}`,
    };
  }

  if (issue.kind === 'schema' && issue.input === undefined && path.length > 0) {
    const field = path[path.length - 1];
    return {
      path,
      message:
        typeof field === 'string'
          ? `missing required field "${field}"${FIELD_EXAMPLES[field] ? `; add it, like "${field}": ${FIELD_EXAMPLES[field]}` : ''}`
          : `missing item ${Number(field) + 1}; ${issue.message}`,
    };
  }

  const found = describeValue(issue.input);
  const defaultMessage = issue.message.startsWith('Invalid ');
  if (!defaultMessage) {
    const dateHint = typeof issue.input === 'string' ? suggestIsoDate(issue.input) : undefined;
    return {
      path,
      message: `found ${found}; ${issue.message}${dateHint ? ` (did you mean "${dateHint}"?)` : ''}`,
    };
  }
  const expected = EXPECTED_WORDS[issue.expected ?? ''] ?? issue.expected ?? 'something else';
  return { path, message: `found ${found}; expected ${expected}` };
}

/** The fields an object schema accepts at a path, for "did you mean" hints. */
function entriesAt(path: readonly (string | number)[]): Record<string, AnySchema> | undefined {
  let schema: AnySchema | undefined = DatasetSchema as unknown as AnySchema;
  for (const key of path) {
    schema = unwrap(schema);
    if (!schema) return undefined;
    if (schema.entries && typeof key === 'string') schema = schema.entries[key];
    else if (schema.item) schema = schema.item;
    else if (schema.items && typeof key === 'number') schema = schema.items[key];
    else if (schema.value) schema = schema.value;
    else return undefined;
  }
  return unwrap(schema)?.entries;
}

function unwrap(schema: AnySchema | undefined): AnySchema | undefined {
  let current = schema;
  while (current?.wrapped) current = current.wrapped;
  return current;
}
