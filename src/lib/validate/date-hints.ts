import { isRealPartialDate } from '../model/dates';

/**
 * Guesses the ISO form of a date written another common way
 * (17-07-2014, 17/07/2014, 2014/07/17, 2014-7-17), or undefined.
 */
export function suggestIsoDate(text: string): string | undefined {
  const trimmed = text.trim();
  const dayFirst = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(trimmed);
  const yearFirst = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/.exec(trimmed);
  let candidate: string | undefined;
  if (dayFirst) candidate = `${dayFirst[3]}-${pad(dayFirst[2]!)}-${pad(dayFirst[1]!)}`;
  else if (yearFirst) {
    candidate = `${yearFirst[1]}-${pad(yearFirst[2]!)}${yearFirst[3] ? `-${pad(yearFirst[3])}` : ''}`;
  }
  return candidate && candidate !== text && isRealPartialDate(candidate) ? candidate : undefined;
}

function pad(part: string): string {
  return part.padStart(2, '0');
}
