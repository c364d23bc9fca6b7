/**
 * Axis ticks that adapt to the zoom: years when zoomed out, months, then
 * days, each with a date-fns format that says no more than the tick means.
 */
import type { ScaleTime } from 'd3';
import { format, type Locale } from 'date-fns';
import { dateLocale } from '../i18n/locale';

export interface Tick {
  date: Date;
  x: number;
  label: string;
  /** A tick that starts a larger unit (a year among months, a month among days): drawn stronger. */
  major: boolean;
}

const DAY_MS = 86_400_000;

/** date-fns formats local time; this gives the local date with the same calendar fields as a UTC instant. */
function wallClock(date: Date): Date {
  const local = new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  local.setFullYear(date.getUTCFullYear());
  return local;
}

export function axisTicks(
  scale: ScaleTime<number, number>,
  width: number,
  locale: Locale = dateLocale,
): Tick[] {
  const count = Math.max(2, Math.floor(width / 90));
  const dates = scale.ticks(count);
  const step = dates.length > 1 ? dates[1]!.getTime() - dates[0]!.getTime() : 365 * DAY_MS;
  return dates.map((date) => {
    const local = wallClock(date);
    const startsYear = date.getUTCMonth() === 0 && date.getUTCDate() === 1;
    const startsMonth = date.getUTCDate() === 1;
    let label: string;
    let major: boolean;
    if (step >= 360 * DAY_MS) {
      label = format(local, 'yyyy', { locale });
      major = true;
    } else if (step >= 28 * DAY_MS) {
      label = startsYear ? format(local, 'yyyy', { locale }) : format(local, 'MMM', { locale });
      major = startsYear;
    } else {
      label = startsMonth ? format(local, 'MMM yyyy', { locale }) : format(local, 'd', { locale });
      major = startsMonth;
    }
    return { date, x: scale(date), label, major };
  });
}
