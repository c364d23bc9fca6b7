/**
 * How the app writes dates: in British English, from its month names. Not by
 * Intl.DateTimeFormat: the first formatter a page makes costs 15-40 ms while
 * the browser loads its locale and time zone data, on the main thread, in the
 * middle of the first draw, and the chart's axis and the names of its marks
 * need dates at once. Another language is another set of these. All take a
 * UTC date (see model/dates.ts); date-names.test.ts holds them to what Intl
 * writes for en-GB.
 */
const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);
// CLDR's en-GB abbreviations: the first three letters, but "Sept".
const SHORT_MONTHS = MONTHS.map((name) => (name === 'September' ? 'Sept' : name.slice(0, 3)));

const month = (date: Date) => MONTHS[date.getUTCMonth()];
const shortMonth = (date: Date) => SHORT_MONTHS[date.getUTCMonth()]!;
const year = (date: Date) => String(date.getUTCFullYear());

/** A date at each precision the data gives: "17 July 2014", "July 2014", "2014". */
export const writeDate = {
  day: (date: Date) => `${date.getUTCDate()} ${month(date)} ${year(date)}`,
  month: (date: Date) => `${month(date)} ${year(date)}`,
  year,
};

/** The axis's tick labels: "2014", "Jul", "Jul 2014", "17". */
export const writeTick = {
  year,
  month: shortMonth,
  monthYear: (date: Date) => `${shortMonth(date)} ${year(date)}`,
  day: (date: Date) => String(date.getUTCDate()),
};
