/**
 * The data model's own rules, beyond types and patterns: each `v.check` in
 * schema.ts is one of these, by name, so that the generated quick check
 * (scripts/generate-check.ts) can call the very same function.
 */
import { isPartialDateForm, isRealPartialDate } from './dates';

export { isRealPartialDate };

/** Text with something in it besides white space. */
export const isNonBlank = (text: string): boolean => text.trim().length > 0;

/**
 * A date in one of the three forms names a day, month or year that exists; other forms are left to the
 * pattern. Real dates are asked about first: they are nearly all of them, and need no second look.
 */
export const isRealDateIfDateForm = (text: string): boolean =>
  isRealPartialDate(text) || !isPartialDateForm(text);

/** A map of translations with at least one language in it. */
export const hasSomeLanguage = (map: Record<string, string>): boolean => Object.keys(map).length > 0;
