/**
 * embed.html carries the site's datasets inside the page, because a
 * sandboxed frame may not fetch them (scripts/vite-plugin-inline-embed.ts).
 * The build validated every one and fails on an invalid file, so here they
 * are only parsed: the embed ships without the validator.
 */
import type { Dataset } from '../model/schema';
import type { LoadResult } from './load-dataset';

const SELECTOR = 'script.demarche-dataset[type="application/json"]';

function sameAddress(a: string, b: string, pageUrl: string): boolean {
  try {
    return new URL(a, pageUrl).href === new URL(b, pageUrl).href;
  } catch {
    return false;
  }
}

/** The dataset the page carries at `requested` (the first one when nothing is asked for), if any. */
export function inlineDataset(
  doc: Document,
  requested: string | undefined,
  pageUrl: string,
): Extract<LoadResult, { state: 'ready' }> | undefined {
  const elements = [...doc.querySelectorAll<HTMLScriptElement>(SELECTOR)];
  const element =
    requested === undefined
      ? elements[0]
      : elements.find((candidate) => sameAddress(candidate.dataset.file ?? '', requested, pageUrl));
  if (!element) return undefined;
  try {
    const dataset = JSON.parse(element.textContent ?? '') as Dataset;
    return { state: 'ready', dataset, url: element.dataset.file ?? requested ?? '', origin: 'inline' };
  } catch {
    return undefined;
  }
}
