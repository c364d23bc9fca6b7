/**
 * `npm run validate [file ...]`: checks datasets (default: every *.json in
 * data/ except the schema) and prints every problem as
 * file:line:column  json.path  message. Exits 1 when anything is wrong.
 * It only reads files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { validateDatasetText } from '../src/lib/validate/validate-dataset';
import { formatProblem } from '../src/lib/validate/format-problem';

const DATA_DIR = 'data';
const NOT_DATASETS = new Set(['schema.json', 'index.json']);

function defaultFiles(): string[] {
  return readdirSync(DATA_DIR)
    .filter((name) => name.endsWith('.json') && !NOT_DATASETS.has(name))
    .sort()
    .map((name) => join(DATA_DIR, name));
}

const files = process.argv.slice(2);
const targets = files.length > 0 ? files : defaultFiles();
let problemCount = 0;
let badFiles = 0;

for (const file of targets) {
  const shown = relative(process.cwd(), file) || file;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`${shown}:1:1  (file)  cannot read the file: ${(error as Error).message}`);
    problemCount++;
    badFiles++;
    continue;
  }
  const result = validateDatasetText(text);
  if (result.ok) {
    const { events, links, actors } = result.dataset;
    console.log(`✓ ${shown}: ${events.length} events, ${links.length} links, ${actors.length} actors`);
    continue;
  }
  badFiles++;
  problemCount += result.problems.length;
  for (const problem of result.problems) console.error(formatProblem(shown, problem));
}

if (problemCount > 0) {
  console.error(
    `\n✗ ${problemCount} problem${problemCount === 1 ? '' : 's'} in ${badFiles} of ${targets.length} file${targets.length === 1 ? '' : 's'}`,
  );
  process.exit(1);
}
if (targets.length === 0) {
  console.error(`no datasets found in ${DATA_DIR}/`);
  process.exit(1);
}
