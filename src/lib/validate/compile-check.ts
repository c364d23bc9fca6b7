/**
 * A yes-or-no check compiled from the valibot schema itself, for the app's
 * quick path. Valibot's own run builds a copy of the whole dataset and a
 * trail of issue objects as it goes; for 50,000 events that is most of the
 * time to first render, and the garbage costs as much again. This walks the
 * same schema once, up front, and returns closures that only answer whether
 * a value passes, which is all a valid file needs. Anything it cannot vouch
 * for goes to valibot (and the full report) as before.
 *
 * It knows the schema and action types schema.ts uses and refuses any other
 * at compile time, so a new kind of rule cannot slip past it unchecked; the
 * tests compare it with valibot on every fixture and thousands of mutations.
 */
export type Check = (value: unknown) => boolean;

/** The parts of valibot's schema and action objects the compiler reads. */
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

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
const hasOwn = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);
/** The keys valibot's record validates; it skips the rest. */
const isRecordKey = (object: object, key: string) =>
  hasOwn(object, key) && key !== '__proto__' && key !== 'prototype' && key !== 'constructor';

export function compileCheck(schema: unknown): Check {
  const node = schema as Node;
  if (!node.pipe) return compileSchema(node);
  const [base, ...actions] = node.pipe;
  const checks = [compileCheck(base), ...actions.flatMap(compileAction)];
  return (value) => {
    for (const check of checks) if (!check(value)) return false;
    return true;
  };
}

function compileSchema(node: Node): Check {
  switch (node.type) {
    case 'string':
      return (value) => typeof value === 'string';
    case 'number':
      return (value) => typeof value === 'number' && !Number.isNaN(value);
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'picklist': {
      const options = node.options!;
      return (value) => options.includes(value);
    }
    case 'optional': {
      if (node.default !== undefined) break;
      const wrapped = compileCheck(node.wrapped);
      return (value) => value === undefined || wrapped(value);
    }
    case 'array': {
      const item = compileCheck(node.item);
      return (value) => {
        if (!Array.isArray(value)) return false;
        // By index, not every(): every() skips the holes of a sparse array, which valibot checks as undefined.
        for (let index = 0; index < value.length; index++) if (!item(value[index])) return false;
        return true;
      };
    }
    case 'tuple': {
      const items = node.items!.map(compileCheck);
      return (value) => Array.isArray(value) && items.every((item, index) => item(value[index]));
    }
    case 'union': {
      const options = (node.options as Node[]).map(compileCheck);
      return (value) => options.some((option) => option(value));
    }
    case 'record': {
      const key = compileCheck(node.key);
      const entry = compileCheck(node.value);
      return (value) => {
        if (!isObject(value)) return false;
        for (const name in value)
          if (isRecordKey(value, name) && !(key(name) && entry(value[name]))) return false;
        return true;
      };
    }
    case 'strict_object': {
      const entries = node.entries!;
      const fields = Object.entries(entries).map(([name, field]) => {
        if (field.type === 'optional' && field.default !== undefined) throw unsupported(field);
        return { name, check: compileCheck(field), optional: field.type === 'optional' };
      });
      return (value) => {
        if (!isObject(value)) return false;
        for (const { name, check, optional } of fields) {
          if (name in value ? !check(value[name]) : !optional) return false;
        }
        for (const name in value) if (!hasOwn(entries, name)) return false;
        return true;
      };
    }
  }
  throw unsupported(node);
}

function compileAction(action: Node): Check[] {
  if (action.kind === 'metadata') return [];
  const requirement = action.requirement;
  switch (action.type) {
    case 'regex': {
      const pattern = requirement as RegExp;
      // A global or sticky pattern remembers where it stopped; valibot's use of it would differ from ours.
      if (pattern.global || pattern.sticky) break;
      return [(value) => pattern.test(value as string)];
    }
    case 'check':
      return [requirement as Check];
    case 'min_length':
      return [(value) => (value as { length: number }).length >= (requirement as number)];
    case 'min_value':
      return [(value) => (value as number) >= (requirement as number)];
    case 'max_value':
      return [(value) => (value as number) <= (requirement as number)];
    case 'integer':
      return [(value) => Number.isInteger(value)];
  }
  throw unsupported(action);
}

const unsupported = (node: Node) =>
  new Error(
    `compileCheck: no rule for valibot's ${node.kind} "${node.type}"; teach compile-check.ts or use v.is`,
  );
