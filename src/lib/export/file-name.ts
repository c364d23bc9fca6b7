/** Names for downloaded files, safe on every file system and in a URL. */

export type ExportContent = 'events' | 'dataset' | 'view';
export type ExportExtension = 'csv' | 'json' | 'svg' | 'png';

/** Used when a dataset id has no letters or digits left to name the file by. */
const FALLBACK_STEM = 'demarche';

/**
 * "nl-ru-events-filtered.csv", "nl-ru-view.png". The stem holds only a-z,
 * 0-9 and single hyphens: accents are dropped to their base letter and
 * anything else becomes a hyphen, so a hand-made dataset id cannot add a path
 * or a second extension.
 */
export function exportFileName(
  datasetId: string,
  what: ExportContent,
  extension: ExportExtension,
  filtered: boolean,
): string {
  const parts = [toSlug(datasetId) || FALLBACK_STEM, what, ...(filtered ? ['filtered'] : [])];
  return `${parts.join('-')}.${extension}`;
}

function toSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
