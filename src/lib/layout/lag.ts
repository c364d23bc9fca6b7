/** The time between a trigger and its response, as a reader says it: "+39 days", "+4 months", "+2 years". */
import { parsePartialDate, daysBetween } from '../model/dates';

export interface LagWords {
  sameDay: string;
  /** For coarse dates that may fall in the same period: "same month", "same year". */
  samePeriod: (precision: 'month' | 'year') => string;
  days: (n: number) => string;
  months: (n: number) => string;
  years: (n: number) => string;
}

export const ENGLISH_LAG: LagWords = {
  sameDay: 'same day',
  samePeriod: (precision) => `same ${precision}`,
  days: (n) => `+${n} ${n === 1 ? 'day' : 'days'}`,
  months: (n) => `+${n} ${n === 1 ? 'month' : 'months'}`,
  years: (n) => `+${n} ${n === 1 ? 'year' : 'years'}`,
};

/** Lag in whole days between two partial dates (start to start), or undefined if either is not a date. */
export function lagDays(fromDate: string, toDate: string): number | undefined {
  const from = parsePartialDate(fromDate);
  const to = parsePartialDate(toDate);
  return from && to ? daysBetween(from.start, to.start) : undefined;
}

/** The coarser date's month or year when the other date falls inside it: their order is then unknown. */
function sharedPeriod(a: string, b: string): 'month' | 'year' | undefined {
  const [coarse, fine] = a.length <= b.length ? [a, b] : [b, a];
  const period = parsePartialDate(coarse);
  const other = parsePartialDate(fine);
  if (!period || !other || period.precision === 'day') return undefined;
  return other.start >= period.start && other.start < period.end ? period.precision : undefined;
}

/**
 * Days are exact only when both dates are days: a day count from a coarser
 * date gets a "~" so nobody reads more precision than there is. Months and
 * years are rounded, and say so by their unit.
 */
export function formatLag(
  fromDate: string,
  toDate: string,
  words: LagWords = ENGLISH_LAG,
): string | undefined {
  const days = lagDays(fromDate, toDate);
  if (days === undefined) return undefined;
  const exact = fromDate.length === 10 && toDate.length === 10;
  const overlap = sharedPeriod(fromDate, toDate);
  if (overlap) return words.samePeriod(overlap);
  if (days < 60) {
    if (exact) return days === 0 ? words.sameDay : words.days(days);
    return `~${words.days(days)}`;
  }
  if (days < 730) return words.months(Math.round(days / 30.44));
  return words.years(Math.round(days / 365.25));
}
