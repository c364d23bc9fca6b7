/**
 * A JSON parser that remembers where every value stands in the text, so a
 * problem found later can be reported as file:line:column. It accepts exactly
 * what JSON.parse accepts and explains syntax errors in words an editor who
 * writes JSON by hand understands (trailing commas, single quotes, a file cut
 * short…).
 */

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column, counted in characters of that line. */
  column: number;
  offset: number;
}

export type JsonPath = readonly (string | number)[];

export interface Located {
  /** Where the value starts. */
  value: Position;
  /** Where the member's key starts, for values inside an object. */
  key?: Position;
}

export interface JsonSyntaxProblem {
  message: string;
  position: Position;
}

export type ParseResult =
  | {
      ok: true;
      value: unknown;
      locate: (path: JsonPath) => Located | undefined;
      /** Problems that do not stop parsing, like a property written twice. */
      problems: JsonSyntaxProblem[];
    }
  | { ok: false; error: JsonSyntaxProblem };

class SyntaxFailure extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

export const MAX_DEPTH = 64;

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
/** Runs of characters a string may hold without escaping; sticky, to scan in place. */
const WHITESPACE_RUN = /[ \t\n\r]*/y;
// eslint-disable-next-line no-control-regex -- JSON forbids raw control characters in strings; this finds them.
const PLAIN_TEXT = /[^"\\\u0000-\u001f]*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

export function parseJsonWithPositions(text: string): ParseResult {
  const lineStarts = computeLineStarts(text);
  const positionAt = (offset: number): Position => {
    const lineIndex = findLine(lineStarts, offset);
    return { line: lineIndex + 1, column: offset - lineStarts[lineIndex]! + 1, offset };
  };

  // Offsets are kept per container and turned into lines and columns only
  // when asked: most values of a valid file are never located.
  const objectOffsets = new WeakMap<object, Map<string, { key: number; value: number }>>();
  const arrayOffsets = new WeakMap<object, number[]>();
  const problems: JsonSyntaxProblem[] = [];
  let index = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let depth = 0;

  const skipWhitespace = () => {
    WHITESPACE_RUN.lastIndex = index;
    WHITESPACE_RUN.test(text);
    index = WHITESPACE_RUN.lastIndex;
  };

  const fail = (message: string, at = index): never => {
    throw new SyntaxFailure(message, at);
  };

  const describeHere = (): string => {
    if (index >= text.length) return 'the end of the file';
    return `${JSON.stringify(text[index])}`;
  };

  const parseValue = (): unknown => {
    skipWhitespace();
    if (index >= text.length) {
      fail('the file ends where a value was expected; it looks cut short');
    }
    const char = text[index]!;
    if (char === '{' || char === '[') {
      // A dataset is a few levels deep; thousands of levels can only be an attack on the stack.
      if (++depth > MAX_DEPTH)
        fail(`the data is nested more than ${MAX_DEPTH} levels deep; a dataset needs far fewer`);
      const value = char === '{' ? parseObject() : parseArray();
      depth--;
      return value;
    }
    if (char === '"') return parseString();
    if (char === "'") fail('strings must use double quotes ("), not single quotes (\')');
    if (char === '-' || (char >= '0' && char <= '9')) return parseNumber();
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, index)) {
        index += word.length;
        return value;
      }
    }
    const word = /^[A-Za-z_][\w-]*/.exec(text.slice(index, index + 40))?.[0];
    if (word) fail(`unexpected word ${JSON.stringify(word)}; text values need double quotes, like "${word}"`);
    return fail(`unexpected ${describeHere()} where a value was expected`);
  };

  const parseObject = (): Record<string, unknown> => {
    const open = index;
    index++;
    const result: Record<string, unknown> = {};
    const seen = new Map<string, { key: number; value: number }>();
    objectOffsets.set(result, seen);
    skipWhitespace();
    if (text[index] === '}') {
      index++;
      return result;
    }
    for (;;) {
      skipWhitespace();
      if (index >= text.length)
        fail(
          `the file ends inside an object opened at ${where(open)}; a "}" is missing (is the file cut short?)`,
        );
      if (text[index] === '}') fail('trailing comma: remove the "," before this "}"', lastComma(index));
      if (text[index] === "'") fail('property names must use double quotes ("), not single quotes (\')');
      if (text[index] !== '"') {
        const bare = /^[A-Za-z_$][\w$-]*/.exec(text.slice(index, index + 40))?.[0];
        fail(
          bare
            ? `property name ${bare} needs double quotes, like "${bare}"`
            : `expected a property name in double quotes, found ${describeHere()}`,
        );
      }
      const keyOffset = index;
      const key = parseString();
      skipWhitespace();
      if (text[index] !== ':') fail(`expected ":" after the property name "${key}", found ${describeHere()}`);
      index++;
      if (seen.has(key)) {
        problems.push({
          message: `property "${key}" is written twice in this object (first at ${where(seen.get(key)!.key)}); keep only one`,
          position: positionAt(keyOffset),
        });
      }
      skipWhitespace();
      seen.set(key, { key: keyOffset, value: index });
      const value = parseValue();
      // "__proto__" must become a plain property, as JSON.parse makes it, not the object's prototype.
      if (key === '__proto__') {
        Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
      } else result[key] = value;
      skipWhitespace();
      if (text[index] === ',') {
        index++;
        continue;
      }
      if (text[index] === '}') {
        index++;
        return result;
      }
      if (index >= text.length)
        fail(
          `the file ends inside an object opened at ${where(open)}; a "}" is missing (is the file cut short?)`,
        );
      if (text[index] === '"') fail('missing "," between two properties', index);
      fail(`expected "," or "}" after the value of "${key}", found ${describeHere()}`);
    }
  };

  const parseArray = (): unknown[] => {
    const open = index;
    index++;
    const result: unknown[] = [];
    const offsets: number[] = [];
    arrayOffsets.set(result, offsets);
    skipWhitespace();
    if (text[index] === ']') {
      index++;
      return result;
    }
    for (;;) {
      skipWhitespace();
      if (text[index] === ']') fail('trailing comma: remove the "," before this "]"', lastComma(index));
      if (index >= text.length)
        fail(
          `the file ends inside a list opened at ${where(open)}; a "]" is missing (is the file cut short?)`,
        );
      offsets.push(index);
      result.push(parseValue());
      skipWhitespace();
      if (text[index] === ',') {
        index++;
        continue;
      }
      if (text[index] === ']') {
        index++;
        return result;
      }
      if (index >= text.length)
        fail(
          `the file ends inside a list opened at ${where(open)}; a "]" is missing (is the file cut short?)`,
        );
      if (text[index] === '{' || text[index] === '"' || text[index] === '[') {
        fail('missing "," between two items of the list');
      }
      fail(`expected "," or "]" in the list, found ${describeHere()}`);
    }
  };

  const parseString = (): string => {
    const open = index;
    index++;
    let result = '';
    let chunkStart = index;
    for (;;) {
      PLAIN_TEXT.lastIndex = index;
      PLAIN_TEXT.test(text);
      index = PLAIN_TEXT.lastIndex;
      if (index >= text.length) fail(`the text starting at ${where(open)} has no closing double quote`, open);
      const char = text[index]!;
      if (char === '"') {
        result += text.slice(chunkStart, index);
        index++;
        return result;
      }
      if (char === '\n' || char === '\r') {
        fail('this text has no closing double quote before the end of the line', open);
      }
      if (char < ' ') fail('control characters must be escaped inside text (use \\t for a tab)');
      if (char === '\\') {
        result += text.slice(chunkStart, index);
        result += parseEscape();
        chunkStart = index;
        continue;
      }
      index++;
    }
  };

  const parseEscape = (): string => {
    const next = text[index + 1];
    const simple: Record<string, string> = {
      '"': '"',
      '\\': '\\',
      '/': '/',
      b: '\b',
      f: '\f',
      n: '\n',
      r: '\r',
      t: '\t',
    };
    if (next !== undefined && next in simple) {
      index += 2;
      return simple[next]!;
    }
    if (next === 'u') {
      const hex = text.slice(index + 2, index + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('\\u must be followed by four hexadecimal digits');
      index += 6;
      return String.fromCharCode(parseInt(hex, 16));
    }
    return fail(`invalid escape "\\${next ?? ''}" in text; to write a backslash, use "\\\\"`);
  };

  const parseNumber = (): number => {
    const start = index;
    NUMBER.lastIndex = index;
    const match = NUMBER.exec(text);
    if (!match) fail(`invalid number starting with ${describeHere()}`);
    index += match![0].length;
    if (/[\w.]/.test(text[index] ?? '')) {
      fail('invalid number; write numbers like 2, 2.5 or 1e3 (no leading zeros)', start);
    }
    return Number(match![0]);
  };

  const lastComma = (before: number): number => {
    let at = before - 1;
    while (at > 0 && WHITESPACE.has(text[at]!)) at--;
    return text[at] === ',' ? at : before;
  };

  const where = (offset: number): string => {
    const position = positionAt(offset);
    return `line ${position.line}, column ${position.column}`;
  };

  try {
    skipWhitespace();
    if (index >= text.length) fail('the file is empty; a dataset is a JSON object starting with "{"');
    if (text[index] !== '{') {
      fail(`the file must hold one JSON object starting with "{", but it starts with ${describeHere()}`);
    }
    const rootOffset = index;
    const value = parseValue();
    skipWhitespace();
    if (index < text.length) fail(`unexpected ${describeHere()} after the end of the dataset object`);

    const locate = (path: JsonPath): Located | undefined => {
      let current: unknown = value;
      let found: { key?: number; value: number } = { value: rootOffset };
      for (const part of path) {
        if (typeof current !== 'object' || current === null) return undefined;
        const slot = Array.isArray(current)
          ? typeof part === 'number'
            ? { value: arrayOffsets.get(current)?.[part] ?? -1 }
            : undefined
          : objectOffsets.get(current)?.get(String(part));
        if (!slot || slot.value < 0) return undefined;
        found = slot;
        current = (current as Record<string, unknown>)[part];
      }
      const located: Located = { value: positionAt(found.value) };
      if (found.key !== undefined) located.key = positionAt(found.key);
      return located;
    };
    return { ok: true, value, locate, problems };
  } catch (error) {
    if (error instanceof SyntaxFailure) {
      return { ok: false, error: { message: error.message, position: positionAt(error.offset) } };
    }
    throw error;
  }
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) starts.push(i + 1);
    else if (code === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

function findLine(lineStarts: number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
