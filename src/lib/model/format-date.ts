/**
 * Dates as a reader reads them, at the precision the data gives: "17 July 2014",
 * "July 2014" or "2014". Formatted in UTC so no time zone shifts the day.
 */
import { format } from 'date-fns';
import { dateLocale } from '../i18n/locale';
import type { Locale } from 'date-fns';
import { parsePartialDate, type PartialDate, type Precision } from './dates';

const PATTERNS: Record<Precision, string> = { day: 'd MMMM yyyy', month: 'MMMM yyyy', year: 'yyyy' };

/** date-fns formats in local time; shift a UTC calendar date to the same local wall-clock date. */
function asLocalWallClock(date: Date): Date {
  return new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

export function formatPartialDate(date: PartialDate, locale: Locale = dateLocale): string {
  const local = asLocalWallClock(date.start);
  local.setFullYear(date.start.getUTCFullYear());
  return format(local, PATTERNS[date.precision], { locale });
}

export interface DatedLike {
  date: string;
  end?: string;
  approximate?: boolean;
}

/** "17 July 2014", "8 November 2013 – 9 November 2013", "about 2013". */
export function formatEventDate(event: DatedLike, aboutWord: string, locale: Locale = dateLocale): string {
  const start = parsePartialDate(event.date);
  if (!start) return event.date;
  const end = event.end ? parsePartialDate(event.end) : undefined;
  const text = end
    ? `${formatPartialDate(start, locale)} – ${formatPartialDate(end, locale)}`
    : formatPartialDate(start, locale);
  return event.approximate ? `${aboutWord} ${text}` : text;
}
