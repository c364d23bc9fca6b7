import type { JsonPath } from './parse-json';

/** One thing wrong with a dataset, before it is given a line and column. */
export interface Problem {
  path: JsonPath;
  message: string;
  /** Point at the member's key rather than its value (unknown fields). */
  at?: 'key';
}

/** A problem placed in its file. */
export interface LocatedProblem {
  path: JsonPath;
  message: string;
  line: number;
  column: number;
}
