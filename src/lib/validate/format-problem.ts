import { formatPath } from './describe';
import type { LocatedProblem } from './problem';

/** `data/nl-ru.json:41:15  events[12].date  found "2020-02-30"; is not a real date …` */
export function formatProblem(file: string, problem: LocatedProblem): string {
  return `${file}:${problem.line}:${problem.column}  ${formatPath(problem.path)}  ${problem.message}`;
}
