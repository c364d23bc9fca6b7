/**
 * Fetches a dataset and runs it through the same validation as the CLI.
 * Never throws: every failure becomes a value the app can show.
 */
import type { Dataset } from '../model/schema';
import type { LocatedProblem } from '../validate/problem';
import { validateDatasetText } from '../validate/validate-dataset';

export type LoadResult =
  | { state: 'ready'; dataset: Dataset; url: string }
  | { state: 'invalid'; problems: LocatedProblem[]; url: string }
  | { state: 'failed'; reason: 'network' | 'http' | 'rejected-url'; detail?: string; url: string };

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
 * embed.html carries its default dataset inside the page (see
 * scripts/vite-plugin-inline-embed.ts); it goes through the same validation.
 */
export function inlineDataset(doc: Document): LoadResult | undefined {
  const element = doc.getElementById('demarche-dataset');
  if (!element || element.getAttribute('type') !== 'application/json') return undefined;
  const url = element.dataset.file ?? 'embedded dataset';
  const result = validateDatasetText(element.textContent ?? '');
  return result.ok
    ? { state: 'ready', dataset: result.dataset, url }
    : { state: 'invalid', problems: result.problems, url };
}

export async function loadDataset(
  requested: string,
  pageUrl: string,
  fetcher: typeof fetch = fetch,
): Promise<LoadResult> {
  const url = resolveDatasetUrl(requested, pageUrl);
  if (!url) return { state: 'failed', reason: 'rejected-url', url: requested };
  let response: Response;
  try {
    response = await fetcher(url, { credentials: 'same-origin' });
  } catch {
    return { state: 'failed', reason: 'network', url: requested };
  }
  if (!response.ok) {
    return {
      state: 'failed',
      reason: 'http',
      detail: `${response.status} ${response.statusText}`.trim(),
      url: requested,
    };
  }
  const text = await response.text();
  const result = validateDatasetText(text);
  return result.ok
    ? { state: 'ready', dataset: result.dataset, url: requested }
    : { state: 'invalid', problems: result.problems, url: requested };
}
