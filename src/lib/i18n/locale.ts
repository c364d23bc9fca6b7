/**
 * The locale dates are written in: a BCP 47 tag, so adding a language is data.
 * Dates are formatted by date-fns's intlFormat, which hands the work to the
 * browser's Intl (every language, no locale tables in our bundle).
 */
export const dateLocale = 'en-GB';
