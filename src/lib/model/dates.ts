/**
 * Partial ISO 8601 calendar dates: `2014`, `2014-07` or `2014-07-17`.
 * The precision lives in the string itself, so an editor never has to keep a
 * separate field in sync. Every date is a UTC calendar date.
 */

export type Precision = 'year' | 'month' | 'day';

export const PARTIAL_DATE_PATTERN = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';
const PARTIAL_DATE = new RegExp(PARTIAL_DATE_PATTERN);

export interface PartialDate {
  precision: Precision;
  /** First instant of the period (UTC midnight). */
  start: Date;
  /** First instant after the period, so a year spans [start, end). */
  end: Date;
}

export function isPartialDateForm(text: string): boolean {
  return PARTIAL_DATE.test(text);
}

const parsed = new Map<string, PartialDate | undefined>();

/**
 * Parses a partial date, or returns undefined when the form is wrong or the day does not exist.
 * Results are remembered (layout asks for the same dates on every frame) and shared: do not mutate them.
 */
export function parsePartialDate(text: string): PartialDate | undefined {
  if (parsed.has(text)) return parsed.get(text);
  const result = parseUncached(text);
  // A dataset has a few thousand distinct dates at most; the bound keeps a hostile stream of them in check.
  if (parsed.size > 100_000) parsed.clear();
  parsed.set(text, result);
  return result;
}

function parseUncached(text: string): PartialDate | undefined {
  if (!PARTIAL_DATE.test(text)) return undefined;
  // The pattern fixed the positions of the digits: read them where they stand.
  const year = Number(text.slice(0, 4));
  if (text.length === 4) return { precision: 'year', start: utc(year, 1, 1), end: utc(year + 1, 1, 1) };
  const month = Number(text.slice(5, 7));
  if (month < 1 || month > 12) return undefined;
  if (text.length === 7)
    return { precision: 'month', start: utc(year, month, 1), end: utc(year, month + 1, 1) };
  const day = Number(text.slice(8, 10));
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { precision: 'day', start: utc(year, month, day), end: utc(year, month, day + 1) };
}

export function isRealPartialDate(text: string): boolean {
  return parsePartialDate(text) !== undefined;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function utc(year: number, month: number, day: number): Date {
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC maps years 0-99 to 1900-1999; set the year explicitly for those.
  if (year < 100) date.setUTCFullYear(year, month - 1, day);
  return date;
}

const DAY_MS = 86_400_000;

/** Whole days from a to b (positive when b is later). */
export function daysBetween(a: Date, b: Date): number {
  return Math.round((b.getTime() - a.getTime()) / DAY_MS);
}
