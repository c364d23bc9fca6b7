/**
 * Where a dataset comes from (the site, another address on it, a page that
 * carries it inside, or a file the editor opened) and the one validation all
 * of them go through. Never throws: every failure becomes a value the app can
 * show.
 */
import type { Dataset } from '../model/schema';
import type { LocatedProblem } from '../validate/problem';
import { validateDatasetText } from '../validate/validate-dataset';

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

/** Validates a dataset's text; an invalid one keeps its text, so the problems can be shown in context. */
export function datasetFromText(text: string, url: string, origin: DatasetOrigin): LoadResult {
  const result = validateDatasetText(text);
  return result.ok
    ? { state: 'ready', dataset: result.dataset, url, origin }
    : { state: 'invalid', problems: result.problems, url, origin, source: text };
}

/**
 * embed.html carries its default dataset inside the page (see
 * scripts/vite-plugin-inline-embed.ts); it goes through the same validation.
 */
export function inlineDataset(doc: Document): LoadResult | undefined {
  const element = doc.getElementById('demarche-dataset');
  if (!element || element.getAttribute('type') !== 'application/json') return undefined;
  return datasetFromText(element.textContent ?? '', element.dataset.file ?? 'embedded dataset', 'inline');
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
    // no-cache: revalidate, so an edited dataset shows without waiting for a cache to expire.
    response = await fetcher(url, { credentials: 'same-origin', cache: 'no-cache' });
  } catch {
    return { state: 'failed', reason: 'network', url: requested, origin };
  }
  if (!response.ok) {
    const detail = `${response.status} ${response.statusText}`.trim();
    return { state: 'failed', reason: 'http', detail, url: requested, origin };
  }
  return datasetFromText(await response.text(), requested, origin);
}
