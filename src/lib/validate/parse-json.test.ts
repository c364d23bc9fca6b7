import { describe, expect, it } from 'vitest';
import { parseJsonWithPositions } from './parse-json';

function syntaxError(text: string) {
  const result = parseJsonWithPositions(text);
  if (result.ok) throw new Error('expected a syntax error');
  return result.error;
}

describe('parseJsonWithPositions', () => {
  it('parses what JSON.parse parses', () => {
    const text = '{"a": [1, -2.5e3, "x\\n\\u00e9", true, false, null, {}], "b": {"c": []}}';
    const result = parseJsonWithPositions(text);
    expect(result.ok && result.value).toEqual(JSON.parse(text));
  });

  it('locates values and keys by path, 1-based', () => {
    const result = parseJsonWithPositions('{\n  "events": [\n    {"date": "2014"}\n  ]\n}');
    if (!result.ok) throw new Error('should parse');
    expect(result.locate(['events', 0, 'date'])).toEqual({
      value: { line: 3, column: 14, offset: 29 },
      key: { line: 3, column: 6, offset: 21 },
    });
    expect(result.locate(['events', 0])?.value).toMatchObject({ line: 3, column: 5 });
    expect(result.locate(['missing'])).toBeUndefined();
  });

  it('keeps "__proto__" as plain data', () => {
    const result = parseJsonWithPositions('{"__proto__": {"polluted": true}}');
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    { name: 'an empty file', text: '', line: 1, column: 1, says: 'the file is empty' },
    { name: 'only whitespace', text: '  \n ', line: 2, column: 2, says: 'the file is empty' },
    { name: 'a root list', text: '[1]', line: 1, column: 1, says: 'starts with "["' },
    {
      name: 'a trailing comma in an object',
      text: '{\n "a": 1,\n}',
      line: 2,
      column: 8,
      says: 'trailing comma',
    },
    {
      name: 'a trailing comma in a list',
      text: '{"a": [1, 2, ]}',
      line: 1,
      column: 12,
      says: 'trailing comma',
    },
    {
      name: 'a missing closing quote',
      text: '{\n  "id": "x,\n  "b": 1\n}',
      line: 2,
      column: 9,
      says: 'no closing double quote',
    },
    { name: 'a truncated file', text: '{"a": [1, 2', line: 1, column: 12, says: 'cut short' },
    {
      name: 'a file cut inside an object',
      text: '{"a": {"b": 1',
      line: 1,
      column: 14,
      says: 'a "}" is missing',
    },
    { name: 'single-quoted names', text: "{'a': 1}", line: 1, column: 2, says: 'double quotes' },
    { name: 'a bare word', text: '{"a": yes}', line: 1, column: 7, says: 'unexpected word "yes"' },
    { name: 'a missing comma', text: '{"a": 1 "b": 2}', line: 1, column: 9, says: 'missing ","' },
    { name: 'a leading zero', text: '{"a": 017}', line: 1, column: 7, says: 'invalid number' },
    { name: 'text after the object', text: '{} {}', line: 1, column: 4, says: 'after the end' },
    { name: 'a bad escape', text: '{"a": "C:\\path"}', line: 1, column: 10, says: 'invalid escape' },
  ])('explains $name with its position', ({ text, line, column, says }) => {
    const error = syntaxError(text);
    expect(error.message).toContain(says);
    expect(error.position).toMatchObject({ line, column });
  });

  it('reports a property written twice without stopping', () => {
    const result = parseJsonWithPositions('{\n  "id": "a",\n  "id": "b"\n}');
    if (!result.ok) throw new Error('should parse');
    expect(result.problems).toEqual([
      {
        message: expect.stringContaining('"id" is written twice'),
        position: { line: 3, column: 3, offset: 17 },
      },
    ]);
  });

  it('refuses data nested deeper than a dataset can be, without overflowing the stack', () => {
    const error = syntaxError(`{"a": ${'['.repeat(100_000)}`);
    expect(error.message).toContain('nested more than 64 levels');
  });

  it('counts lines in files with Windows line endings', () => {
    const error = syntaxError('{\r\n  "a": 1,\r\n}');
    expect(error.position.line).toBe(2);
  });
});
