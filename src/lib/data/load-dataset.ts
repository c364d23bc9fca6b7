/**
 * Where a dataset comes from (the site, another address on it, a page that
 * carries it inside, or a file the editor opened) and the one validation all
 * of them go through (the embed's built-in datasets were validated by the build). Never throws: every failure becomes a value the app can
 * show.
 */
import type { Dataset } from '../model/schema';
import type { LocatedProblem } from '../validate/problem';
import { quickCheck } from '../validate/quick-check';
import { sizeProblem } from '../validate/size-limit';

export type DatasetOrigin = 'site' | 'inline' | 'file';

export type LoadResult =
  | { state: 'ready'; dataset: Dataset; url: string; origin: DatasetOrigin }
  | { state: 'invalid'; problems: LocatedProblem[]; url: string; origin: DatasetOrigin; source?: string }
  | {
      state: 'failed';
      reason: 'network' | 'http' | 'rejected-url';
      detail?: string;
      url: string;
      origin: DatasetOrigin;
    };

/** Accepts relative and same-origin addresses only, so a link cannot make the app fetch from elsewhere. */
export function resolveDatasetUrl(requested: string, pageUrl: string): URL | undefined {
  try {
    const url = new URL(requested, pageUrl);
    return url.origin === new URL(pageUrl).origin ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Validates a dataset's text; an invalid one keeps its text, so the problems can be shown in context.
 * The quick check proves most files valid without the position-tracking parser, which is loaded only
 * when there is something to report, or for `strict` checks: an editor's own file and the dev server,
 * where a key written twice should be reported too (see quick-check.ts).
 */
export async function datasetFromText(
  text: string,
  url: string,
  origin: DatasetOrigin,
  { strict = origin === 'file' || import.meta.env.DEV } = {},
): Promise<LoadResult> {
  // A string's length counts UTF-16 units: never more than the UTF-8 bytes of the same text.
  const tooLarge = sizeProblem(text.length);
  if (tooLarge) return { state: 'invalid', problems: [tooLarge], url, origin };
  const dataset = strict ? undefined : quickCheck(text);
  if (dataset) return { state: 'ready', dataset, url, origin };
  const { validateDatasetText } = await import('../validate/validate-dataset');
  const result = validateDatasetText(text);
  return result.ok
    ? { state: 'ready', dataset: result.dataset, url, origin }
    : { state: 'invalid', problems: result.problems, url, origin, source: text };
}

export async function loadDataset(
  requested: string,
  pageUrl: string,
  fetcher: typeof fetch = fetch,
): Promise<LoadResult> {
  const url = resolveDatasetUrl(requested, pageUrl);
  const origin = 'site';
  if (!url) return { state: 'failed', reason: 'rejected-url', url: requested, origin };
  let response: Response;
  try {
    // The default cache mode, so the request can take the response of index.html's preload; the server
    // says how fresh data must be (README: caching), and Vite's dev server always revalidates.
    response = await fetcher(url, { credentials: 'same-origin' });
  } catch {
    return { state: 'failed', reason: 'network', url: requested, origin };
  }
  if (!response.ok) {
    const detail = `${response.status} ${response.statusText}`.trim();
    return { state: 'failed', reason: 'http', detail, url: requested, origin };
  }
  return datasetFromText(await response.text(), requested, origin);
}
