/**
 * Dates as a reader reads them, at the precision the data gives: "17 July 2014",
 * "July 2014" or "2014". Written as UTC calendar dates, so no time zone shifts the day.
 */
import { writeDate } from '../i18n/date-names';
import { parsePartialDate, type PartialDate } from './dates';

export function formatPartialDate(date: PartialDate): string {
  return writeDate[date.precision](date.start);
}

export interface DatedLike {
  date: string;
  end?: string;
  approximate?: boolean;
}

/** "17 July 2014", "8 November 2013 – 9 November 2013", "about 2013". */
export function formatEventDate(event: DatedLike, aboutWord: string): string {
  const start = parsePartialDate(event.date);
  if (!start) return event.date;
  const end = event.end ? parsePartialDate(event.end) : undefined;
  const text = end ? `${formatPartialDate(start)} – ${formatPartialDate(end)}` : formatPartialDate(start);
  return event.approximate ? `${aboutWord} ${text}` : text;
}
