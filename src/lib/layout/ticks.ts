/**
 * Axis ticks that adapt to the zoom: years when zoomed out, months, then
 * days, each formatted to say no more than the tick means.
 */
import { writeTick } from '../i18n/date-names';
import type { TimeScale } from './time-scale';

export interface Tick {
  date: Date;
  x: number;
  label: string;
  /** A tick that starts a larger unit (a year among months, a month among days): drawn stronger. */
  major: boolean;
}

const DAY_MS = 86_400_000;

export function axisTicks(scale: TimeScale, width: number): Tick[] {
  const count = Math.max(2, Math.floor(width / 90));
  const dates = scale.ticks(count);
  const step = dates.length > 1 ? dates[1]!.getTime() - dates[0]!.getTime() : 365 * DAY_MS;
  return dates.map((date) => {
    const startsYear = date.getUTCMonth() === 0 && date.getUTCDate() === 1;
    const startsMonth = date.getUTCDate() === 1;
    if (step >= 360 * DAY_MS) return { date, x: scale(date), label: writeTick.year(date), major: true };
    if (step >= 28 * DAY_MS) {
      const label = startsYear ? writeTick.year(date) : writeTick.month(date);
      return { date, x: scale(date), label, major: startsYear };
    }
    const label = startsMonth ? writeTick.monthYear(date) : writeTick.day(date);
    return { date, x: scale(date), label, major: startsMonth };
  });
}
