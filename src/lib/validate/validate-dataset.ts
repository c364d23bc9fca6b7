/**
 * The one door every dataset comes through, in the CLI and in the app:
 * JSON syntax, then the schema, then the cross-field checks. All problems are
 * reported at once, each placed at a line and column of the file.
 */
import type { Dataset } from '../model/schema';
import { integrityProblems } from './integrity';
import { parseJsonWithPositions, type JsonPath, type Located } from './parse-json';
import type { LocatedProblem, Problem } from './problem';
import { schemaProblems } from './schema-problems';
import { sizeProblem } from './size-limit';

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; problems: LocatedProblem[] };

export function validateDatasetText(text: string): ValidationResult {
  // A string's length counts UTF-16 units: never more than the UTF-8 bytes of the same text.
  const tooLarge = sizeProblem(text.length);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  const parsed = parseJsonWithPositions(text);
  if (!parsed.ok) {
    const { line, column } = parsed.error.position;
    return { ok: false, problems: [{ path: [], message: parsed.error.message, line, column }] };
  }
  const syntaxProblems: LocatedProblem[] = parsed.problems.map(({ message, position }) => ({
    path: [],
    message,
    line: position.line,
    column: position.column,
  }));
  const problems = [...schemaProblems(parsed.value), ...integrityProblems(parsed.value)].map((problem) =>
    place(problem, parsed.locate),
  );
  const all = [...syntaxProblems, ...problems].sort((a, b) => a.line - b.line || a.column - b.column);
  if (all.length > 0) return { ok: false, problems: all };
  return { ok: true, dataset: parsed.value as Dataset };
}

function place(problem: Problem, locate: (path: JsonPath) => Located | undefined): LocatedProblem {
  // A missing field has no position of its own: point at the nearest enclosing value.
  for (let depth = problem.path.length; depth >= 0; depth--) {
    const located = locate(problem.path.slice(0, depth));
    if (!located) continue;
    const position =
      problem.at === 'key' && depth === problem.path.length ? (located.key ?? located.value) : located.value;
    return { path: problem.path, message: problem.message, line: position.line, column: position.column };
  }
  return { path: problem.path, message: problem.message, line: 1, column: 1 };
}
