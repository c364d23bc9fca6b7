/**
 * `npm run import:timelinejs -- <file.json|file.csv> [--out data/x.json] [--force] [--id slug]`:
 * converts a TimelineJS 3 timeline (its JSON, or its Google Sheets template as
 * CSV) into a demarche dataset, writes it, validates what it wrote, and tells
 * the editor what is left to fill in. It never overwrites a file without
 * --force. Exits 0 when the result is valid, 2 when it was written but needs
 * editing, 1 when nothing was written.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { importTimelineJs, TimelineJsImportError } from '../src/lib/import/timelinejs';
import { slugify } from '../src/lib/import/html-text';
import { CATEGORY_TYPES } from '../src/lib/model/vocabulary';
import { formatPath } from '../src/lib/validate/describe';
import { formatProblem } from '../src/lib/validate/format-problem';
import type { LocatedProblem } from '../src/lib/validate/problem';
import { validateDatasetText } from '../src/lib/validate/validate-dataset';

const USAGE = `Usage: npm run import:timelinejs -- <timeline.json|sheet.csv> [--out data/<id>.json] [--force] [--id <slug>]

  <file>       a TimelineJS 3 JSON file, or its Google Sheets template downloaded as CSV
  --out FILE   where to write the dataset (default: data/<id>.json)
  --id SLUG    the dataset id (default: the file's name, as a slug)
  --force      replace FILE if it already exists`;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SHOWN_PROBLEMS = 5;

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

function readArguments() {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        out: { type: 'string' },
        id: { type: 'string' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
    });
  } catch (error) {
    fail(`${(error as Error).message}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  // `npm run x file --force` hands --force to npm itself and leaves only its value behind.
  const swallowed = (['out', 'id', 'force'] as const).find(
    (name) => process.env[`npm_config_${name}`] && !values[name],
  );
  if (swallowed) {
    fail(
      `npm kept --${swallowed} for itself; put -- between the script name and the file:\n  npm run import:timelinejs -- ${positionals[0] ?? '<file>'} --${swallowed} …`,
    );
  }
  if (positionals.length !== 1) {
    fail(`give exactly one TimelineJS file (got ${positionals.length})\n\n${USAGE}`);
  }
  const file = positionals[0]!;
  const extension = extname(file).toLowerCase();
  if (extension !== '.json' && extension !== '.csv') {
    fail(
      `${file}: cannot tell the format from "${extension || 'no extension'}"; give a .json or a .csv file`,
    );
  }
  const id = values.id ?? slugify(basename(file, extname(file)));
  if (!SLUG.test(id)) {
    fail(`"${id}" cannot be a dataset id; give one with --id, in lowercase letters, digits and hyphens`);
  }
  return {
    file,
    format: extension === '.json' ? ('json' as const) : ('csv' as const),
    id,
    out: values.out ?? join('data', `${id}.json`),
    force: values.force,
  };
}

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function shownPath(path: string): string {
  const fromHere = relative(process.cwd(), path);
  return fromHere.startsWith('..') ? path : fromHere;
}

/** JSON with 2-space indents, laid out the way Prettier lays out data/*.json, so `npm run lint` passes. */
function toJsonText(value: unknown): string {
  const print = (item: unknown, indent: string, lineStart: number): string => {
    if (Array.isArray(item)) {
      if (item.length === 0) return '[]';
      if (item.every((element) => typeof element !== 'object' || element === null)) {
        const flat = `[${item.map((element) => JSON.stringify(element)).join(', ')}]`;
        // The trailing comma counts towards the line, as it does for Prettier.
        if (lineStart + flat.length + 1 <= 110) return flat;
      }
      const inner = `${indent}  `;
      return `[\n${item.map((element) => inner + print(element, inner, inner.length)).join(',\n')}\n${indent}]`;
    }
    if (typeof item === 'object' && item !== null) {
      const entries = Object.entries(item);
      if (entries.length === 0) return '{}';
      const inner = `${indent}  `;
      const lines = entries.map(([key, member]) => {
        const head = `${inner}${JSON.stringify(key)}: `;
        return head + print(member, inner, head.length);
      });
      return `{\n${lines.join(',\n')}\n${indent}}`;
    }
    return JSON.stringify(item);
  };
  return `${print(value, '', 0)}\n`;
}

const NOUNS: Record<string, string> = { events: 'event', actors: 'actor', links: 'link' };
const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
const pattern = (path: LocatedProblem['path']) =>
  path.map((part) => (typeof part === 'number' ? '[]' : `.${part}`)).join('');

const A_FIELD: Record<string, string> = {
  category: 'a category',
  actors: 'an actor',
  title: 'a title',
  summary: 'a summary',
};
/** What to write for a missing field, when the validator's own hint is not enough. */
const ADD: Record<string, string> = {
  category: `add "category": {"type": "…"}, with one of ${CATEGORY_TYPES.join(', ')}, and if you like a "mode" such as "expel"`,
  sources: 'add "sources": [{"url": "https://…", "publisher": "…"}]',
  actors: 'add "actors": ["<actor id>"], the id of who acted',
  license:
    'add "license": {"name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"}, or the licence that applies',
  parties: 'add "parties": ["<actor id>", "<actor id>"], the two actors whose relations this is',
  description: 'add "description": "One or two sentences on what the dataset covers."',
};

/** Groups repeated problems ("42 events need a category") so a fresh import reads as a short to-do list. */
function todoList(problems: LocatedProblem[]): string[] {
  const groups = new Map<string, LocatedProblem[]>();
  for (const problem of problems) {
    const missing = problem.message.startsWith('missing required field');
    const key = `${pattern(problem.path)} ${missing ? problem.message : problem.message.replace(/"[^"]*"/g, '"…"')}`;
    groups.set(key, [...(groups.get(key) ?? []), problem]);
  }
  return [...groups.values()].map((group) => {
    const [first] = group as [LocatedProblem];
    const field = String(first.path[first.path.length - 1]);
    const where = `${group
      .slice(0, 2)
      .map((problem) => formatPath(problem.path))
      .join(', ')}${group.length > 2 ? ', …' : ''}`;
    const hint = ADD[field] ?? first.message.split('; ').slice(1).join('; ');
    if (first.message.startsWith('missing required field')) {
      if (first.path.length === 1) return `The dataset needs "${field}": ${hint}`;
      const noun = NOUNS[String(first.path[0])];
      if (noun && first.path.length === 3) {
        const one = group.length === 1;
        const need =
          field === 'sources'
            ? `${one ? 'has' : 'have'} no source`
            : `${one ? 'needs' : 'need'} ${A_FIELD[field] ?? `"${field}"`}`;
        return `${count(group.length, noun)} ${need} (${where}): ${hint}`;
      }
    }
    return `${where}: ${first.message}${group.length > 1 ? ` (${count(group.length, 'place')} like this)` : ''}`;
  });
}

const args = readArguments();
let input: string;
try {
  input = readFileSync(args.file, 'utf8');
} catch (error) {
  fail(`cannot read ${args.file}: ${(error as Error).message}`);
}

let imported;
try {
  imported = importTimelineJs({ format: args.format, text: input }, { id: args.id, today: localToday() });
} catch (error) {
  if (error instanceof TimelineJsImportError) fail(`${args.file}: ${error.message}; nothing was written`);
  throw error;
}

const out = shownPath(args.out);
const text = toJsonText(imported.dataset);
try {
  mkdirSync(dirname(args.out), { recursive: true });
  writeFileSync(args.out, text, { flag: args.force ? 'w' : 'wx' });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
    fail(
      `${out} already exists, so nothing was written. Add --force to replace it, or choose another file with --out.`,
    );
  }
  fail(`cannot write ${out}: ${(error as Error).message}`);
}

const { events, actors } = imported.dataset as { events: unknown[]; actors: unknown[] };
console.log(
  `Wrote ${out} from ${args.file}: ${count(events.length, 'event')}, ${count(actors.length, 'actor')}.`,
);
if (imported.notes.length > 0) {
  console.log('\nWhat the import could not map, or had to guess:');
  for (const note of imported.notes) console.log(`  - ${note}`);
}

const result = validateDatasetText(text);
if (result.ok) {
  console.log(`\n✓ ${out} is a valid dataset. Next: check it with npm run validate ${out}`);
  process.exit(0);
}
console.log(`\nStill to fill in before it is valid (${count(result.problems.length, 'problem')}):`);
for (const item of todoList(result.problems)) console.log(`  - ${item}`);
console.log('\nThe first problems, as npm run validate reports them:');
for (const problem of result.problems.slice(0, SHOWN_PROBLEMS))
  console.log(`  ${formatProblem(out, problem)}`);
if (result.problems.length > SHOWN_PROBLEMS) {
  console.log(`  … and ${result.problems.length - SHOWN_PROBLEMS} more`);
}
console.log(
  `\nNext: open ${out} and fill these in (data/README.md explains each field). Then run npm run validate ${out}`,
);
process.exit(2);
