/**
 * Events as CSV for spreadsheets: RFC 4180 (CRLF line ends, quoted fields,
 * doubled quotes), one row per event in the order given, text in one
 * language. Lists inside a cell are joined with "; ". Optional flags are
 * written with their defaults (approximate "false", importance 2).
 */
import type { Dataset, Link, LocalizedText, TimelineEvent } from '../model/schema';
import { localize } from '../model/text';

export interface CsvOptions {
  /**
   * Start with a UTF-8 byte order mark. Spreadsheet programs (Excel above all)
   * read a CSV without one in a legacy code page and garble accented names.
   * Default true.
   */
  bom?: boolean;
}

export const CSV_COLUMNS = [
  'id',
  'date',
  'end',
  'approximate',
  'actors',
  'targets',
  'category',
  'mode',
  'title',
  'summary',
  'figures',
  'sources',
  'tags',
  'importance',
  'note',
  'answers',
  'answered_by',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

const BOM = '\uFEFF';
const LINE_END = '\r\n';
const LIST_SEPARATOR = '; ';
/** Cells starting with these are run as formulas by spreadsheet programs (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number, such as -3 or 2.5, is a value and not a formula; it is left alone. */
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;
const NEEDS_QUOTES = /[",\r\n]/;
/** The schema's documented default, written out so a spreadsheet can sort by it. */
const DEFAULT_IMPORTANCE = 2;

/**
 * One row per event, in the given order. `links` fills the answers and
 * answered_by columns; pass the links on screen for a filtered export. When
 * left out, every link in the dataset counts.
 */
export function eventsToCsv(
  events: readonly TimelineEvent[],
  dataset: Dataset,
  language: string,
  links: readonly Link[] = dataset.links,
  { bom = true }: CsvOptions = {},
): string {
  const text = (value: LocalizedText) => localize(value, language, dataset.languages[0]);
  const actorNames = new Map(dataset.actors.map((actor) => [actor.id, text(actor.name)]));
  const names = (ids: readonly string[] = []) =>
    ids.map((id) => actorNames.get(id) ?? id).join(LIST_SEPARATOR);
  const answers = idsByKey(links, 'to', 'from');
  const answeredBy = idsByKey(links, 'from', 'to');

  const rows = events.map((event): Record<CsvColumn, string> => ({
    id: event.id,
    date: event.date,
    end: event.end ?? '',
    approximate: event.approximate ? 'true' : 'false',
    actors: names(event.actors),
    targets: names(event.targets),
    category: event.category.type,
    mode: event.category.mode ?? '',
    title: text(event.title),
    summary: text(event.summary),
    figures: Object.entries(event.figures ?? {})
      .map(([name, value]) => `${name}=${value}`)
      .join(LIST_SEPARATOR),
    sources: event.sources.map((source) => source.url).join(LIST_SEPARATOR),
    tags: (event.tags ?? []).join(LIST_SEPARATOR),
    importance: String(event.importance ?? DEFAULT_IMPORTANCE),
    note: event.note === undefined ? '' : text(event.note),
    answers: (answers.get(event.id) ?? []).join(LIST_SEPARATOR),
    answered_by: (answeredBy.get(event.id) ?? []).join(LIST_SEPARATOR),
  }));

  const lines = [
    CSV_COLUMNS.map(csvField),
    ...rows.map((row) => CSV_COLUMNS.map((column) => csvField(row[column]))),
  ].map((fields) => fields.join(',') + LINE_END);
  return (bom ? BOM : '') + lines.join('');
}

/**
 * One cell, made safe: text a spreadsheet would run as a formula gets a
 * leading apostrophe (shown as text, and visibly so), then the field is
 * quoted when RFC 4180 requires it.
 */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** For each link end `key`, the ids at its other end `value`, in link order. */
function idsByKey(links: readonly Link[], key: 'from' | 'to', value: 'from' | 'to'): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const link of links) {
    const ids = map.get(link[key]);
    if (ids) ids.push(link[value]);
    else map.set(link[key], [link[value]]);
  }
  return map;
}
