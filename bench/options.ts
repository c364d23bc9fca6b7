/**
 * The command line of `npm run bench`, normalised at the edge: a bad option
 * fails with a message that names it and the value it got.
 */
export interface BenchOptions {
  /** Numbers of events, one synthetic dataset each. */
  sizes: number[];
  /** Page loads per size and CPU rate; the table shows their medians. */
  runs: number;
  /** CPU throttling rates: 1 is this machine, 4 stands in for a phone. */
  cpuRates: number[];
  /** Where latest.md and latest.json go; undefined means bench/results (or a temp dir for --smoke). */
  outDir: string | undefined;
  smoke: boolean;
}

export const FULL: Omit<BenchOptions, 'outDir' | 'smoke'> = {
  sizes: [100, 1_000, 10_000, 50_000],
  runs: 5,
  cpuRates: [1, 4],
};

export const SMOKE: Omit<BenchOptions, 'outDir' | 'smoke'> = {
  sizes: [100, 1_000],
  runs: 2,
  cpuRates: [1],
};

/** Beyond this the app refuses the file (20 MB), so a bigger run could only fail. */
const MAX_EVENTS = 50_000;
const MAX_RUNS = 50;
const VALUE_FLAGS = ['--sizes', '--runs', '--cpu', '--out'];
const USAGE = 'usage: tsx bench/run.ts [--smoke] [--sizes 100,1000] [--runs N] [--cpu 1,4] [--out DIR]';

export function parseOptions(argv: readonly string[]): BenchOptions {
  const smoke = argv.includes('--smoke');
  const defaults = smoke ? SMOKE : FULL;
  const options: BenchOptions = { ...defaults, outDir: undefined, smoke };
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i]!;
    if (name === '--smoke') continue;
    const equals = name.indexOf('=');
    const flag = equals < 0 ? name : name.slice(0, equals);
    if (!VALUE_FLAGS.includes(flag)) throw new Error(`unknown option ${JSON.stringify(name)}; ${USAGE}`);
    const value = equals < 0 ? argv[++i] : name.slice(equals + 1);
    if (value === undefined || value.startsWith('--')) {
      throw new Error(`${flag} needs a value; ${USAGE}`);
    }
    switch (flag) {
      case '--sizes':
        options.sizes = integerList(flag, value, 2, MAX_EVENTS);
        break;
      case '--runs':
        options.runs = integer(flag, value, 1, MAX_RUNS);
        break;
      case '--cpu':
        options.cpuRates = integerList(flag, value, 1, 20);
        break;
      case '--out':
        options.outDir = value;
        break;
    }
  }
  return options;
}

function integer(flag: string, text: string, min: number, max: number): number {
  const value = Number(text.replaceAll('_', ''));
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${flag}: ${JSON.stringify(text)} is not a whole number from ${min} to ${max}`);
  }
  return value;
}

function integerList(flag: string, text: string, min: number, max: number): number[] {
  const values = text.split(',').map((part) => integer(flag, part.trim(), min, max));
  return [...new Set(values)];
}
