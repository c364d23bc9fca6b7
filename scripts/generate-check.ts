/**
 * Writes the app's quick dataset check as plain code, from the valibot schema
 * itself (`npm run schema` writes it to src/lib/validate/dataset-check.generated.ts).
 *
 * The page checks every published dataset before trusting it. Valibot's own
 * run builds a copy of the whole dataset and a trail of issues as it goes, and
 * a check made of closures at run time is still slow the first time it runs,
 * which is the only time it runs: 44 ms of a 10,000-event load. Straight-line
 * code, one function per schema node, reads each field where it is and is
 * quick from the first call; and the page no longer needs valibot at all
 * until it has a problem to report.
 *
 * It knows the schema and action types schema.ts uses and refuses any other,
 * so a new kind of rule cannot slip past unchecked; custom rules must be
 * named exports of src/lib/model/rules.ts. Tests compare the result with
 * valibot on every fixture and thousands of mutations, and fail when the
 * committed file is stale.
 */
import * as rules from '../src/lib/model/rules.ts';

/** The parts of valibot's schema and action objects the generator reads. */
interface Node {
  kind: string;
  type: string;
  pipe?: readonly Node[];
  entries?: Record<string, Node>;
  item?: Node;
  items?: readonly Node[];
  options?: readonly unknown[];
  key?: Node;
  value?: Node;
  wrapped?: Node;
  default?: unknown;
  requirement?: unknown;
}

const ruleNames = new Map<unknown, string>(Object.entries(rules).map(([name, rule]) => [rule, name]));
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

const unsupported = (node: Node) =>
  new Error(
    `generate-check: no rule for valibot's ${node.kind} "${node.type}"; teach scripts/generate-check.ts`,
  );

/** The TypeScript source of a module exporting `isDataset`, a yes-or-no check of `schema`. */
export function generateCheck(
  schema: unknown,
  { schemaModule = '../model/schema', rulesModule = '../model/rules' } = {},
): string {
  // Both by their code, so that a pattern or a check the schema repeats is written once.
  const constants = new Map<string, string>();
  const functions = new Map<string, string>();
  const names = new Map<Node, string>();
  const inProgress = new Set<Node>();

  const constant = (code: string) => {
    let name = constants.get(code);
    if (!name) constants.set(code, (name = `k${constants.size}`));
    return name;
  };
  const property = (name: string) => (IDENTIFIER.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`);

  /** The name of the function that checks `node`, written once however often the schema reuses the node. */
  function checkOf(node: Node): string {
    let name = names.get(node);
    if (name) return name;
    if (inProgress.has(node))
      throw new Error('generate-check: the schema refers to itself; teach scripts/generate-check.ts');
    inProgress.add(node);
    const body = node.pipe ? pipeBody(node.pipe) : schemaBody(node);
    inProgress.delete(node);
    name = functions.get(body);
    if (!name) functions.set(body, (name = `c${functions.size}`));
    names.set(node, name);
    return name;
  }

  function pipeBody([base, ...actions]: readonly Node[]): string {
    const tests = [`${checkOf(base!)}(v)`, ...actions.flatMap(actionTests)];
    return `  return ${tests.join(' && ')};`;
  }

  function actionTests(action: Node): string[] {
    if (action.kind === 'metadata') return [];
    const requirement = action.requirement;
    switch (action.type) {
      case 'regex': {
        const pattern = requirement as RegExp;
        // A global or sticky pattern remembers where it stopped; valibot's use of it would differ.
        if (pattern.global || pattern.sticky) break;
        return [`${constant(String(pattern))}.test(v)`];
      }
      case 'check': {
        const rule = ruleNames.get(requirement);
        if (!rule)
          throw new Error('generate-check: a v.check rule must be a named export of src/lib/model/rules.ts');
        return [`rules.${rule}(v)`];
      }
      case 'min_length':
        return [`v.length >= ${Number(requirement)}`];
      case 'min_value':
        return [`v >= ${Number(requirement)}`];
      case 'max_value':
        return [`v <= ${Number(requirement)}`];
      case 'integer':
        return ['Number.isInteger(v)'];
    }
    throw unsupported(action);
  }

  function schemaBody(node: Node): string {
    switch (node.type) {
      case 'string':
        return `  return typeof v === 'string';`;
      case 'number':
        return `  return typeof v === 'number' && !Number.isNaN(v);`;
      case 'boolean':
        return `  return typeof v === 'boolean';`;
      case 'picklist':
        return `  return ${constant(`new Set(${JSON.stringify(node.options)})`)}.has(v);`;
      case 'optional':
        if (node.default !== undefined) break;
        return `  return v === undefined || ${checkOf(node.wrapped!)}(v);`;
      case 'array':
        // By index: every() would skip the holes of a sparse array, which valibot checks as undefined.
        return [
          `  if (!Array.isArray(v)) return false;`,
          `  for (let i = 0; i < v.length; i++) if (!${checkOf(node.item!)}(v[i])) return false;`,
          `  return true;`,
        ].join('\n');
      case 'tuple':
        return `  return Array.isArray(v) && ${node.items!.map((item, i) => `${checkOf(item)}(v[${i}])`).join(' && ')};`;
      case 'union':
        return `  return ${(node.options as Node[]).map((option) => `${checkOf(option)}(v)`).join(' || ')};`;
      case 'record':
        // The keys valibot's record validates; it skips the rest.
        return [
          `  if (typeof v !== 'object' || v === null) return false;`,
          `  for (const key in v) {`,
          `    if (!hasOwn.call(v, key) || key === '__proto__' || key === 'prototype' || key === 'constructor') continue;`,
          `    if (!${checkOf(node.key!)}(key) || !${checkOf(node.value!)}(v[key])) return false;`,
          `  }`,
          `  return true;`,
        ].join('\n');
      case 'strict_object':
        return strictObjectBody(node.entries!);
    }
    throw unsupported(node);
  }

  function strictObjectBody(entries: Record<string, Node>): string {
    const lines = [`  if (typeof v !== 'object' || v === null) return false;`];
    for (const [name, field] of Object.entries(entries)) {
      if (field.type === 'optional' && field.default !== undefined) throw unsupported(field);
      const key = JSON.stringify(name);
      const test = `${checkOf(field)}(v${property(name)})`;
      lines.push(
        field.type === 'optional'
          ? `  if (${key} in v && !${test}) return false;`
          : `  if (!(${key} in v) || !${test}) return false;`,
      );
    }
    const known = Object.keys(entries).map((name) => `case ${JSON.stringify(name)}:`);
    lines.push(
      `  for (const key in v) {`,
      `    switch (key) {`,
      ...known.map((label) => `      ${label}`),
      `        continue;`,
      `    }`,
      `    return false;`,
      `  }`,
      `  return true;`,
    );
    return lines.join('\n');
  }

  const root = checkOf(schema as Node);
  return [
    '// Written by `npm run schema` from src/lib/model/schema.ts (scripts/generate-check.ts): do not edit.',
    '/* eslint-disable */',
    `import * as rules from '${rulesModule}';`,
    `import type { Dataset } from '${schemaModule}';`,
    '',
    'const hasOwn = Object.prototype.hasOwnProperty;',
    ...[...constants].map(([code, name]) => `const ${name} = ${code};`),
    '',
    '/** Whether a parsed JSON value is a valid dataset, as valibot would say of DatasetSchema; nothing more. */',
    `export const isDataset = (v: unknown): v is Dataset => ${root}(v);`,
    '',
    ...[...functions].flatMap(([body, name]) => [`function ${name}(v: any): boolean {\n${body}\n}`, '']),
  ].join('\n');
}
