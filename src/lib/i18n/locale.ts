/** The date-fns locale dates are written in; the one place to change when a language is added. */
export { enGB as dateLocale } from 'date-fns/locale/en-GB';
