/**
 * The UTC calendar intervals the axis ticks fall on: days, every other day,
 * weeks (from Sunday), months, quarters, half-years and every n-th year.
 * They give the same dates as d3-time's utcDay, utcDay.every(2), utcWeek,
 * utcMonth, utcMonth.every(k) and utcYear.every(k) (the tests check them
 * against d3-time), in a fraction of the bytes: the module that defines
 * those builds every local and UTC interval at load time, and none of it
 * can be shaken out of the bundle.
 */
export interface UtcInterval {
  /** Every boundary in [start, stop), in order. */
  range(start: Date, stop: Date): Date[];
}

const DAY_MS = 86_400_000;

/** An interval given by its boundary at or before a time, and the boundary after one. */
function interval(floor: (time: number) => number, next: (boundary: number) => number): UtcInterval {
  return {
    range(start, stop) {
      const dates: Date[] = [];
      let time = floor(start.getTime());
      if (time < start.getTime()) time = next(time);
      for (; time < stop.getTime(); time = next(time)) dates.push(new Date(time));
      return dates;
    },
  };
}

const monthStart = (year: number, month: number) => Date.UTC(year, month, 1);

/** Every `step`-th day of each month, counting from the 1st (1, 3, 5… for 2), as d3's utcDay.every. */
export function utcDays(step = 1): UtcInterval {
  const onStep = (time: number) => (new Date(time).getUTCDate() - 1) % step === 0;
  const floor = (time: number) => {
    let day = Math.floor(time / DAY_MS) * DAY_MS;
    while (!onStep(day)) day -= DAY_MS;
    return day;
  };
  const next = (day: number) => {
    let later = day + DAY_MS;
    while (!onStep(later)) later += DAY_MS;
    return later;
  };
  return interval(floor, next);
}

/** Weeks starting on Sunday, as d3's utcWeek. */
export const utcWeeks: UtcInterval = interval(
  (time) => {
    const day = Math.floor(time / DAY_MS) * DAY_MS;
    return day - new Date(day).getUTCDay() * DAY_MS;
  },
  (week) => week + 7 * DAY_MS,
);

/** Months whose index (0 = January) is a multiple of `step`, as d3's utcMonth.every. */
export function utcMonths(step = 1): UtcInterval {
  return interval(
    (time) => {
      const date = new Date(time);
      return monthStart(date.getUTCFullYear(), date.getUTCMonth() - (date.getUTCMonth() % step));
    },
    (month) => {
      const date = new Date(month);
      return monthStart(date.getUTCFullYear(), date.getUTCMonth() + step);
    },
  );
}

/** Years divisible by `step`, as d3's utcYear.every. */
export function utcYears(step = 1): UtcInterval {
  const yearStart = (year: number) => {
    const date = new Date(0);
    date.setUTCFullYear(year, 0, 1); // Date.UTC would read years 0-99 as 1900-1999.
    return date.getTime();
  };
  return interval(
    (time) => {
      const year = new Date(time).getUTCFullYear();
      return yearStart(Math.floor(year / step) * step);
    },
    (year) => yearStart(new Date(year).getUTCFullYear() + step),
  );
}
