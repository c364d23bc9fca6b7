/**
 * `npm run export:csv -- [dataset.json] [--out file.csv] [--filter "?years=2018-2020&evidence=explicit"]`:
 * writes the events of a dataset (default: the first in data/) as CSV, in
 * time order, as the app's Download menu does. `--filter` takes the app's
 * query string, so a shared view can be exported as it is: its filters
 * choose the events and the links behind the answers/answered_by columns,
 * and its `lang` the language. Search text (`q`) only highlights in the app,
 * so it selects nothing here. The dataset is validated first; problems are
 * printed like `npm run validate` and exit 1. CSV goes to --out or stdout
 * (with a byte order mark either way), a summary to stderr.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { eventsToCsv } from '../src/lib/export/csv';
import { chronological } from '../src/lib/model/chronology';
import { filterEvents, visibleLinks } from '../src/lib/model/filter-events';
import type { Dataset } from '../src/lib/model/schema';
import { parseViewState } from '../src/lib/state/view-state';
import { formatProblem } from '../src/lib/validate/format-problem';
import { validateDatasetText } from '../src/lib/validate/validate-dataset';

const DATA_DIR = 'data';
const NOT_DATASETS = new Set(['schema.json', 'index.json']);
const USAGE =
  'usage: npm run export:csv -- [dataset.json] [--out file.csv] [--filter "?years=2018-2020&evidence=explicit"]';

function defaultDataset(): string | undefined {
  const names = readdirSync(DATA_DIR)
    .filter((name) => name.endsWith('.json') && !NOT_DATASETS.has(name))
    .sort();
  return names[0] === undefined ? undefined : join(DATA_DIR, names[0]);
}

/** A path inside the project relative to it, as `npm run validate` prints it; any other as given. */
function shown(file: string): string {
  const inProject = relative(process.cwd(), file);
  return inProject === '' || inProject.startsWith('..') || isAbsolute(inProject) ? file : inProject;
}

/** The app's rule: the requested language when the dataset has it, else the dataset's first. */
function languageFor(dataset: Dataset, search: string): string {
  const requested = new URLSearchParams(search).get('lang');
  return requested && dataset.languages.includes(requested) ? requested : (dataset.languages[0] ?? 'en');
}

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: { out: { type: 'string' }, filter: { type: 'string' } },
      allowPositionals: true,
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 1;
  }
  const { positionals, values } = args;
  if (positionals.length > 1) {
    console.error(`give one dataset, not ${positionals.length}: ${positionals.join(', ')}\n${USAGE}`);
    return 1;
  }

  const file = positionals[0] ?? defaultDataset();
  if (file === undefined) {
    console.error(`no datasets found in ${DATA_DIR}/\n${USAGE}`);
    return 1;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`${shown(file)}:1:1  (file)  cannot read the file: ${(error as Error).message}`);
    return 1;
  }
  const result = validateDatasetText(text);
  if (!result.ok) {
    for (const problem of result.problems) console.error(formatProblem(shown(file), problem));
    const count = result.problems.length;
    console.error(`\n✗ ${count} problem${count === 1 ? '' : 's'} in ${shown(file)}; nothing exported`);
    return 1;
  }

  const { dataset } = result;
  const search = values.filter ?? '';
  const { filters } = parseViewState(search);
  // Sort before filtering, as the app does, so same-day events keep the order the chart shows.
  const events = filterEvents(chronological(dataset.events, dataset.links), filters);
  const links = visibleLinks(dataset.links, new Set(events.map((event) => event.id)), filters);
  const csv = eventsToCsv(events, dataset, languageFor(dataset, search), links, { bom: true });

  const noun = `${events.length} event${events.length === 1 ? '' : 's'}`;
  if (values.out === undefined) {
    // A reader that stops early (`| head`) closes the pipe: stop quietly, as Unix tools do.
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
    process.stdout.write(csv, (error) => {
      if (!error) console.error(`wrote ${noun} to stdout`);
    });
    return 0;
  }
  try {
    writeFileSync(values.out, csv, 'utf8');
  } catch (error) {
    console.error(`cannot write ${shown(values.out)}: ${(error as Error).message}`);
    return 1;
  }
  console.error(`wrote ${noun} to ${shown(values.out)}`);
  return 0;
}

// An exit code, not process.exit(): a large CSV piped to stdout must be flushed first.
process.exitCode = main(process.argv.slice(2));
