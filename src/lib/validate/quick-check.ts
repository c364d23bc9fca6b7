/**
 * The app's fast path. A published dataset is almost always valid, and
 * proving that needs no positions: the browser's own JSON.parse, the schema
 * (as a yes-or-no check written from it, scripts/generate-check.ts) and the
 * cross-field checks are enough. Only a dataset that fails them goes through
 * validateDatasetText, which places every problem at a line and column, and
 * which the app loads only then. Both accept the same files, but for one
 * thing: a key written twice in an object is reported by the full validator
 * (and so by `npm run validate`), while here the last one wins, as in every
 * JSON reader.
 */
import type { Dataset } from '../model/schema';
import { isDataset } from './dataset-check.generated';
import { integrityProblems } from './integrity';

const BYTE_ORDER_MARK = 0xfeff;

/** The dataset if `text` is a valid one, else undefined (ask validateDatasetText why). */
export function quickCheck(text: string): Dataset | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === BYTE_ORDER_MARK ? text.slice(1) : text);
  } catch {
    return undefined;
  }
  return isDataset(value) && integrityProblems(value).length === 0 ? value : undefined;
}
