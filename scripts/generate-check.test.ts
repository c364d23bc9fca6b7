import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { generateCheck } from './generate-check';
import { isDataset } from '../src/lib/validate/dataset-check.generated';
import { DatasetSchema } from '../src/lib/model/schema';
import { isNonBlank } from '../src/lib/model/rules';
import { fixtureNames, readFixture, readProjectFile } from '../tests/helpers/files';

const sameAsValibot = (value: unknown) => expect(isDataset(value)).toBe(v.is(DatasetSchema, value));

/** Every path to a value inside `value`, objects and arrays included. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((key) => paths((value as Record<string, unknown>)[key], [...prefix, key]))];
}

function mutated(
  original: unknown,
  path: (string | number)[],
  change: (parent: Record<string | number, unknown>, key: string | number) => void,
): unknown {
  const copy = structuredClone(original) as Record<string | number, unknown>;
  if (path.length === 0) return copy;
  const parent = path
    .slice(0, -1)
    .reduce<Record<string | number, unknown>>(
      (node, key) => node[key] as Record<string | number, unknown>,
      copy,
    );
  change(parent, path.at(-1)!);
  return copy;
}

const REPLACEMENTS: unknown[] = [
  null,
  undefined,
  0,
  -1,
  2.5,
  7,
  NaN,
  '',
  ' ',
  'x',
  '2014-02-30',
  '2014-07',
  'https://a.b',
  true,
  [],
  {},
  ['nl'],
  { en: '' },
  { en: 'x' },
  { EN: 'x' },
];

describe('the generated isDataset', () => {
  it('is the one written from the current schema (npm run schema writes it)', () => {
    expect(readProjectFile('src/lib/validate/dataset-check.generated.ts')).toBe(generateCheck(DatasetSchema));
  });

  it.each(fixtureNames('valid'))('accepts valid/%s', (name) => {
    expect(isDataset(JSON.parse(readFixture(`valid/${name}`)))).toBe(true);
  });

  it.each(['data/nl-ru.json', 'data/uk-ru.json'])('accepts %s', (file) => {
    expect(isDataset(JSON.parse(readProjectFile(file)))).toBe(true);
  });

  it.each(
    fixtureNames('invalid').filter((name) => {
      try {
        JSON.parse(readFixture(`invalid/${name}`));
        return true;
      } catch {
        return false;
      }
    }),
  )('agrees with valibot on invalid/%s', (name) => {
    sameAsValibot(JSON.parse(readFixture(`invalid/${name}`)));
  });

  it('agrees with valibot on every value of a dataset replaced, removed, or joined by an unknown field', () => {
    const original = JSON.parse(readFixture('valid/minimal.json'));
    let checked = 0;
    for (const path of paths(original)) {
      for (const replacement of REPLACEMENTS) {
        sameAsValibot(mutated(original, path, (parent, key) => (parent[key] = replacement)));
        checked++;
      }
      sameAsValibot(mutated(original, path, (parent, key) => delete parent[key]));
      sameAsValibot(
        mutated(original, path, (parent, key) => {
          const value = parent[key];
          if (typeof value === 'object' && value !== null && !Array.isArray(value))
            (value as Record<string, unknown>).extra = 1;
        }),
      );
      checked += 2;
    }
    expect(checked).toBeGreaterThan(2_000);
  });

  it('refuses a schema rule it does not know, rather than letting it pass', () => {
    expect(() => generateCheck(v.pipe(v.string(), v.email()))).toThrow(
      /no rule for valibot's validation "email"/,
    );
    expect(() => generateCheck(v.object({ a: v.string() }))).toThrow(/schema "object"/);
    expect(() => generateCheck(v.optional(v.string(), 'x'))).toThrow(/optional/);
    expect(() =>
      generateCheck(
        v.pipe(
          v.string(),
          v.check((text) => text !== 'x'),
        ),
      ),
    ).toThrow(/rules\.ts/);
  });

  it('calls the rules of rules.ts by name, and writes a pattern the schema repeats once', () => {
    const code = generateCheck(
      v.strictObject({
        a: v.pipe(v.string(), v.check(isNonBlank)),
        b: v.pipe(v.string(), v.regex(/^x$/)),
        c: v.pipe(v.string(), v.regex(/^x$/)),
      }),
    );
    expect(code).toContain('rules.isNonBlank(v)');
    expect(code.match(/\/\^x\$\//g)).toHaveLength(1);
  });
});
