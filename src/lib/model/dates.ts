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

// Null for text that is not a date, so that one lookup answers either way.
const parsed = new Map<string, PartialDate | null>();

/**
 * Parses a partial date, or returns undefined when the form is wrong or the day does not exist.
 * Results are remembered (layout asks for the same dates on every frame) and shared: do not mutate them.
 */
export function parsePartialDate(text: string): PartialDate | undefined {
  let result = parsed.get(text);
  if (result === undefined) {
    result = parseUncached(text) ?? null;
    // A dataset has a few thousand distinct dates at most; the bound keeps a hostile stream of them in check.
    if (parsed.size > 100_000) parsed.clear();
    parsed.set(text, result);
  }
  return result ?? undefined;
}

function parseUncached(text: string): PartialDate | undefined {
  // Read digit by digit, not by PARTIAL_DATE and Number(slice): a large dataset has thousands of dates,
  // all read before the first draw.
  const length = text.length;
  if (length !== 4 && length !== 7 && length !== 10) return undefined;
  const year = digitsAt(text, 0, 4);
  if (year < 0) return undefined;
  if (length === 4) return { precision: 'year', start: utc(year, 1, 1), end: utc(year + 1, 1, 1) };
  const month = text.charCodeAt(4) === HYPHEN ? digitsAt(text, 5, 7) : -1;
  if (month < 1 || month > 12) return undefined;
  if (length === 7) return { precision: 'month', start: utc(year, month, 1), end: utc(year, month + 1, 1) };
  const day = text.charCodeAt(7) === HYPHEN ? digitsAt(text, 8, 10) : -1;
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { precision: 'day', start: utc(year, month, day), end: utc(year, month, day + 1) };
}

const HYPHEN = 0x2d;
const ZERO = 0x30;

/** The number written by the ASCII digits text[from..to), or -1 if any of them is not one. */
function digitsAt(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

export function isRealPartialDate(text: string): boolean {
  return parsePartialDate(text) !== undefined;
}

/** Days in a month (1-12) of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
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
