/**
 * Axis ticks that adapt to the zoom: years when zoomed out, months, then
 * days, each formatted to say no more than the tick means.
 */
import { dateLocale } from '../i18n/locale';
import { formatUtc } from '../model/format-date';
import type { TimeScale } from './time-scale';

export interface Tick {
  date: Date;
  x: number;
  label: string;
  /** A tick that starts a larger unit (a year among months, a month among days): drawn stronger. */
  major: boolean;
}

const DAY_MS = 86_400_000;

const YEAR: Intl.DateTimeFormatOptions = { year: 'numeric' };
const MONTH: Intl.DateTimeFormatOptions = { month: 'short' };
const MONTH_YEAR: Intl.DateTimeFormatOptions = { month: 'short', year: 'numeric' };
const DAY: Intl.DateTimeFormatOptions = { day: 'numeric' };

export function axisTicks(scale: TimeScale, width: number, locale = dateLocale): Tick[] {
  const count = Math.max(2, Math.floor(width / 90));
  const dates = scale.ticks(count);
  const step = dates.length > 1 ? dates[1]!.getTime() - dates[0]!.getTime() : 365 * DAY_MS;
  return dates.map((date) => {
    const label = (fields: Intl.DateTimeFormatOptions) => formatUtc(date, fields, locale);
    const startsYear = date.getUTCMonth() === 0 && date.getUTCDate() === 1;
    const startsMonth = date.getUTCDate() === 1;
    if (step >= 360 * DAY_MS) return { date, x: scale(date), label: label(YEAR), major: true };
    if (step >= 28 * DAY_MS) {
      return { date, x: scale(date), label: label(startsYear ? YEAR : MONTH), major: startsYear };
    }
    return { date, x: scale(date), label: label(startsMonth ? MONTH_YEAR : DAY), major: startsMonth };
  });
}
