/**
 * Dates as a reader reads them, at the precision the data gives: "17 July 2014",
 * "July 2014" or "2014". Formatted in UTC so no time zone shifts the day.
 */
import { dateLocale } from '../i18n/locale';
import { parsePartialDate, type PartialDate, type Precision } from './dates';

const FIELDS: Record<Precision, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
};

const formatters = new Map<string, Intl.DateTimeFormat>();
/** The same formatters by the identity of their options object, so that constant options need no key at all. */
const formattersByFields = new WeakMap<Intl.DateTimeFormatOptions, Map<string, Intl.DateTimeFormat>>();

function formatterFor(fields: Intl.DateTimeFormatOptions, locale: string): Intl.DateTimeFormat {
  let byLocale = formattersByFields.get(fields);
  if (!byLocale) formattersByFields.set(fields, (byLocale = new Map()));
  let formatter = byLocale.get(locale);
  if (!formatter) {
    const key = `${locale}|${JSON.stringify(fields)}`;
    formatter = formatters.get(key) ?? new Intl.DateTimeFormat(locale, { ...fields, timeZone: 'UTC' });
    formatters.set(key, formatter);
    byLocale.set(locale, formatter);
  }
  return formatter;
}

/**
 * A UTC instant in the given fields and locale, such as { month: 'short' } → "Jul".
 * Formatters are made once per locale and fields: making one costs far more than using it.
 */
export function formatUtc(date: Date, fields: Intl.DateTimeFormatOptions, locale = dateLocale): string {
  return formatterFor(fields, locale).format(date);
}

/** Formatted partial dates, by the (shared, immutable) parsed date and the locale: a chart asks for the same ones often. */
const formattedDates = new WeakMap<PartialDate, Map<string, string>>();

export function formatPartialDate(date: PartialDate, locale = dateLocale): string {
  let byLocale = formattedDates.get(date);
  if (!byLocale) formattedDates.set(date, (byLocale = new Map()));
  let text = byLocale.get(locale);
  if (text === undefined)
    byLocale.set(locale, (text = formatUtc(date.start, FIELDS[date.precision], locale)));
  return text;
}

export interface DatedLike {
  date: string;
  end?: string;
  approximate?: boolean;
}

/** "17 July 2014", "8 November 2013 – 9 November 2013", "about 2013". */
export function formatEventDate(event: DatedLike, aboutWord: string, locale = dateLocale): string {
  const start = parsePartialDate(event.date);
  if (!start) return event.date;
  const end = event.end ? parsePartialDate(event.end) : undefined;
  const text = end
    ? `${formatPartialDate(start, locale)} – ${formatPartialDate(end, locale)}`
    : formatPartialDate(start, locale);
  return event.approximate ? `${aboutWord} ${text}` : text;
}
