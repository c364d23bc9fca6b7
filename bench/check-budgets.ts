/**
 * `npm run size`: builds the app as `npm run build` does (into a temp dir),
 * prints the gzip size of the JavaScript each page loads at start, and exits
 * 1 when one is over its budget (bench/budgets.ts). CI runs it.
 */
import { rmSync } from 'node:fs';
import { buildApp } from '../tests/e2e/build-app';
import { BUDGETS, describeVerdict, judge } from './budgets';
import { bundleSize, embedScriptSize } from './bundle-size';

const buildDir = await buildApp();
try {
  const verdicts = [
    judge(BUDGETS.app, bundleSize(buildDir)),
    judge(BUDGETS.embed, embedScriptSize(buildDir)),
  ];
  for (const verdict of verdicts)
    console.log(`${verdict.withinLimit ? '✓' : '✗'} ${describeVerdict(verdict)}`);
  const over = verdicts.filter((verdict) => !verdict.withinLimit);
  if (over.length > 0) {
    console.error(`over budget: ${over.map((verdict) => verdict.budget.name).join(', ')}`);
    process.exitCode = 1;
  }
} finally {
  rmSync(buildDir, { recursive: true, force: true });
}
