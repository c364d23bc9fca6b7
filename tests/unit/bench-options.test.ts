import { describe, expect, it } from 'vitest';
import { FULL, parseOptions, SMOKE } from '../../bench/options';

describe('parseOptions', () => {
  it('runs every size five times, unthrottled and 4× throttled, by default', () => {
    expect(parseOptions([])).toEqual({ ...FULL, outDir: undefined, smoke: false });
    expect(FULL).toEqual({ sizes: [100, 1000, 10000, 50000], runs: 5, cpuRates: [1, 4] });
  });

  it('makes --smoke two runs of 100 and 1,000 events, unthrottled only', () => {
    expect(parseOptions(['--smoke'])).toEqual({ ...SMOKE, outDir: undefined, smoke: true });
    expect(SMOKE).toEqual({ sizes: [100, 1000], runs: 2, cpuRates: [1] });
  });

  it.each([
    { argv: ['--sizes', '100,1000'], expected: { sizes: [100, 1000] } },
    { argv: ['--sizes=10_000'], expected: { sizes: [10000] } },
    { argv: ['--sizes', '100, 100'], expected: { sizes: [100] } },
    { argv: ['--runs', '7'], expected: { runs: 7 } },
    { argv: ['--cpu', '4'], expected: { cpuRates: [4] } },
    { argv: ['--out', '/tmp/x'], expected: { outDir: '/tmp/x' } },
    { argv: ['--smoke', '--runs', '3'], expected: { sizes: [100, 1000], runs: 3, smoke: true } },
  ])('reads $argv', ({ argv, expected }) => {
    expect(parseOptions(argv)).toMatchObject(expected);
  });

  it.each([
    { argv: ['--runs', '0'], message: '--runs: "0" is not a whole number from 1 to 50' },
    { argv: ['--runs', 'five'], message: '--runs: "five" is not a whole number from 1 to 50' },
    { argv: ['--sizes', '100,1.5'], message: '--sizes: "1.5" is not a whole number from 2 to 50000' },
    { argv: ['--sizes', '100000'], message: '--sizes: "100000" is not a whole number from 2 to 50000' },
    { argv: ['--runs'], message: '--runs needs a value' },
    { argv: ['--runs', '--smoke'], message: '--runs needs a value' },
    { argv: ['--fast'], message: 'unknown option "--fast"' },
  ])('refuses $argv, naming the option and the value', ({ argv, message }) => {
    expect(() => parseOptions(argv)).toThrow(message);
  });
});
