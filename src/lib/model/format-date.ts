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

/**
 * A UTC instant in the given fields and locale, such as { month: 'short' } → "Jul".
 * Formatters are made once per locale and fields: making one costs far more than using it.
 */
export function formatUtc(date: Date, fields: Intl.DateTimeFormatOptions, locale = dateLocale): string {
  const key = `${locale}|${JSON.stringify(fields)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...fields, timeZone: 'UTC' });
    formatters.set(key, formatter);
  }
  return formatter.format(date);
}

export function formatPartialDate(date: PartialDate, locale = dateLocale): string {
  return formatUtc(date.start, FIELDS[date.precision], locale);
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
