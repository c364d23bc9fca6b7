/**
 * A line for index.html's <head>: the first date a page formats costs about
 * 15 ms, while the browser loads its date and time zone data. This asks for it
 * in a task of its own while the app's code and data are still downloading, so
 * the first render does not wait for it; should the code already be there,
 * the cost is the same as paying it later.
 */
export function dateFormatWarmUpScript(locale: string): string {
  return `setTimeout(() => new Intl.DateTimeFormat(${JSON.stringify(locale)}, { year: 'numeric', timeZone: 'UTC' }).format(0));`;
}
