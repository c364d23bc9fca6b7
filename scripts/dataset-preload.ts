/**
 * A few lines for index.html's <head> that start downloading the dataset
 * while the app's code is still on its way: they add a
 * <link rel="preload" as="fetch">, and the app's own fetch() then takes that
 * response instead of starting a request of its own. They ask for what the
 * app will ask for (`?data=` as readStartupOptions reads it, else the
 * default dataset) and, like the app, never for another origin.
 */
export function datasetPreloadScript(defaultFile: string): string {
  return `(() => {
  try {
    const url = new URL(new URLSearchParams(location.search).get('data')?.trim() || ${JSON.stringify(defaultFile)}, location.href);
    if (url.origin !== location.origin) return;
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = url.href;
    document.head.append(link);
  } catch {
    // A malformed address: the app reports it.
  }
})();`;
}
