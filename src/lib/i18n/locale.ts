/**
 * The locale dates are written in: a BCP 47 tag, so adding a language is data.
 * Dates are formatted by the browser's Intl.DateTimeFormat (every language,
 * no locale tables in our bundle).
 */
export const dateLocale = 'en-GB';
