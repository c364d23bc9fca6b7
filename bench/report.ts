/** The results as JSON (everything) and as a Markdown table (the medians, against the targets). */
import type { CaseResult } from './aggregate';
import type { BundleSize } from './bundle-size';
import { BUDGETS, describeVerdict, judge } from './budgets';
import { checkFor, MEASURE_NAMES, type Measure, type TargetCheck } from './targets';

export interface BenchReport {
  /** ISO 8601, UTC. */
  date: string;
  machine: {
    cpu: string;
    cores: number;
    os: string;
    memoryBytes: number;
    /** 1-minute load average when the runs started and ended: above the core count, other work competed. */
    loadAverage: { start: number; end: number };
  };
  chromium: string;
  node: string;
  /** The JavaScript each page loads at start (bench/bundle-size.ts). */
  bundles: { app: BundleSize; embed: BundleSize };
  settings: {
    smoke: boolean;
    runs: number;
    viewport: { width: number; height: number };
    gestureSteps: number;
    sizes: number[];
    cpuRates: number[];
  };
  cases: CaseResult[];
  targets: TargetCheck[];
}

const MIB = 1024 * 1024;
const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const twoDecimals = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const oneDecimal = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Text for a table cell: a pipe or a line break would end the cell or the row. */
export const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

const cpuLabel = (rate: number): string => (rate === 1 ? 'unthrottled' : `${rate}× slower`);

/** Ready times in whole milliseconds, frame times to a tenth. */
const formatMs = (measure: Measure, value: number): string =>
  (measure === 'readyMs' ? integer : oneDecimal).format(value);

function withTarget(text: string, check: TargetCheck | undefined): string {
  if (!check) return text;
  return `${text} (${check.met ? 'met' : 'missed'}: ${check.comparison} ${formatMs(check.measure, check.limitMs)})`;
}

function resultRow(result: CaseResult, checks: readonly TargetCheck[]): string {
  const m = result.medians;
  const runs = `${result.samples.length}/${result.samples.length + result.failures.length}`;
  const head = [cpuLabel(result.cpuRate), integer.format(result.events), integer.format(result.links)];
  if (!m) return `| ${[...head, 'failed', '', '', '', '', '', runs].join(' | ')} |`;
  const target = (measure: Measure) => checkFor(checks, result, measure);
  return `| ${[
    ...head,
    withTarget(integer.format(m.readyMs), target('readyMs')),
    m.readyMiddleHalfMs.map((value) => integer.format(value)).join('–'),
    `${oneDecimal.format(m.zoomMedianMs)} / ${withTarget(oneDecimal.format(m.zoomP95Ms), target('zoomP95Ms'))}`,
    `${oneDecimal.format(m.panMedianMs)} / ${withTarget(oneDecimal.format(m.panP95Ms), target('panP95Ms'))}`,
    oneDecimal.format(m.heapBytes / MIB),
    `${integer.format(m.domNodesReady)} → ${integer.format(m.domNodesZoomed)}`,
    runs,
  ].join(' | ')} |`;
}

function targetRow(check: TargetCheck): string {
  const measured =
    check.measuredMs === null ? 'not measured' : `${formatMs(check.measure, check.measuredMs)} ms`;
  return `| ${[
    integer.format(check.events),
    cpuLabel(check.cpuRate),
    MEASURE_NAMES[check.measure],
    `${check.comparison} ${formatMs(check.measure, check.limitMs)} ms`,
    measured,
    check.met ? 'met' : 'missed',
  ].join(' | ')} |`;
}

export function renderMarkdown(report: BenchReport): string {
  const { machine, bundles, settings } = report;
  const lines = [
    `# demarche benchmark${settings.smoke ? ' (smoke run)' : ''}`,
    '',
    `- Date: ${report.date}`,
    `- Machine: ${cell(machine.cpu)}, ${machine.cores} cores, ${integer.format(machine.memoryBytes / MIB / 1024)} GiB, ${cell(machine.os)}`,
    `- Load average (1 min): ${twoDecimals.format(machine.loadAverage.start)} at the start, ${twoDecimals.format(machine.loadAverage.end)} at the end`,
    `- Browser: Chromium ${report.chromium} (headless, --disable-gpu), Node ${report.node}`,
    `- JavaScript at start, gzipped: ${describeVerdict(judge(BUDGETS.app, bundles.app))}; ${describeVerdict(judge(BUDGETS.embed, bundles.embed))}`,
    `- Method: medians of ${settings.runs} runs per row, taken round by round (each round loads every row once), each in a fresh browser context at ${settings.viewport.width}×${settings.viewport.height}; ` +
      `zoom = ${settings.gestureSteps} wheel events at the plot's centre, pan = a ${settings.gestureSteps}-step mouse drag; see bench/README.md`,
    '',
    '| CPU | events | links | ready (ms) | ready, middle half of runs (ms) | zoom frame median / p95 (ms) | pan frame median / p95 (ms) | JS heap (MiB) | DOM nodes ready → zoomed | runs ok |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...report.cases.map((result) => resultRow(result, report.targets)),
  ];
  if (report.targets.length > 0) {
    lines.push(
      '',
      '## Targets',
      '',
      '| events | CPU | measure | target | measured (median) | result |',
      '| ---: | --- | --- | ---: | ---: | --- |',
      ...report.targets.map(targetRow),
    );
  }
  const failures = report.cases.flatMap((result) =>
    result.failures.map(
      (failure) => `- ${integer.format(result.events)} events, ${cpuLabel(result.cpuRate)}: ${cell(failure)}`,
    ),
  );
  if (failures.length > 0) lines.push('', '## Failed runs', '', ...failures);
  return `${lines.join('\n')}\n`;
}
