/**
 * Reads a TimelineJS 3 timeline, from its JSON format or from a CSV export of
 * its Google Sheets template, into one shape (slides with their dates, text
 * and media), before it is mapped onto a dataset.
 */
/** The input cannot be read as a TimelineJS timeline at all. */
import { CsvSyntaxError, parseCsv } from './csv-parse';
import { count, listOf, quote } from './import-notes';

export class TimelineJsImportError extends Error {
  override name = 'TimelineJsImportError';
}

export interface DateParts {
  year: string;
  month: string;
  day: string;
  display: string;
}

export interface Slide {
  /** Where the slide is in the input, for notes: `row 4` or `events[2]`. */
  where: string;
  start?: DateParts;
  end?: DateParts;
  headline: string;
  text: string;
  mediaUrl: string;
  mediaCaption: string;
  group: string;
  displayDate: string;
  /** Names of the input fields that hold something demarche has no place for. */
  unmapped: string[];
}

export interface Timeline {
  title?: Slide;
  events: Slide[];
  eras: Slide[];
  notes: string[];
}

// ---------------------------------------------------------------- reading JSON

export type Loose = Record<string, unknown>;
const isObject = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const textOf = (value: unknown): string =>
  typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
const objectAt = (value: unknown): Loose => (isObject(value) ? value : {});

// `autolink` only says whether TimelineJS turns addresses in the text into links; plain text has none.
const MAPPED_SLIDE_FIELDS = new Set([
  'start_date',
  'end_date',
  'text',
  'media',
  'group',
  'display_date',
  'autolink',
]);
const MAPPED_MEDIA_FIELDS = new Set(['url', 'caption']);
const MAPPED_DATE_FIELDS = new Set(['year', 'month', 'day', 'display_date']);

export function readJson(text: string): Timeline {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    throw new TimelineJsImportError(`not valid JSON (${(error as Error).message})`);
  }
  if (isObject(root) && isObject(root.timeline)) {
    throw new TimelineJsImportError(
      'this is a TimelineJS 2 file ({"timeline": …}); open it in TimelineJS 3 or its spreadsheet template and export that',
    );
  }
  if (!isObject(root) || !Array.isArray(root.events)) {
    throw new TimelineJsImportError(
      'no "events" list at the top level; a TimelineJS 3 JSON file is one object like {"title": {…}, "events": […]}',
    );
  }
  const notes: string[] = [];
  const skipped: string[] = [];
  const events: Slide[] = [];
  root.events.forEach((slide, i) => {
    if (isObject(slide)) events.push(jsonSlide(slide, `events[${i}]`));
    else skipped.push(`events[${i}]`);
  });
  if (skipped.length > 0) {
    notes.push(
      `Skipped ${count(skipped.length, 'slide')} that ${skipped.length === 1 ? 'is' : 'are'} not an object: ${listOf(skipped)}.`,
    );
  }
  if (root.scale === 'cosmological') {
    notes.push('The timeline uses the "cosmological" scale; demarche shows years 1 to 9999 only.');
  }
  const eras = Array.isArray(root.eras)
    ? root.eras.filter(isObject).map((era, i) => jsonSlide(era, `eras[${i}]`))
    : [];
  return { title: isObject(root.title) ? jsonSlide(root.title, 'title') : undefined, events, eras, notes };
}

function jsonSlide(slide: Loose, where: string): Slide {
  const text = objectAt(slide.text);
  const media = objectAt(slide.media);
  const unmapped = [
    ...Object.keys(slide).filter((key) => !MAPPED_SLIDE_FIELDS.has(key)),
    ...Object.keys(media)
      .filter((key) => !MAPPED_MEDIA_FIELDS.has(key) && textOf(media[key]) !== '')
      .map((key) => `media.${key}`),
  ];
  const dateParts = (key: 'start_date' | 'end_date'): DateParts | undefined => {
    const date = slide[key];
    if (!isObject(date)) return undefined;
    for (const part of Object.keys(date)) {
      if (!MAPPED_DATE_FIELDS.has(part) && textOf(date[part]) !== '') unmapped.push(`${key}.${part}`);
    }
    return {
      year: textOf(date.year),
      month: textOf(date.month),
      day: textOf(date.day),
      display: textOf(date.display_date),
    };
  };
  const start = dateParts('start_date');
  const end = dateParts('end_date');
  const displays = [start?.display, end?.display].filter(Boolean);
  return {
    where,
    start,
    end,
    headline: textOf(text.headline),
    text: textOf(text.text),
    mediaUrl: textOf(media.url),
    mediaCaption: textOf(media.caption),
    group: textOf(slide.group),
    displayDate: textOf(slide.display_date) || displays.join(' – '),
    unmapped,
  };
}

// ----------------------------------------------------------------- reading CSV

const CSV_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Alt Text',
  'Type',
  'Group',
  'Background',
] as const;
type CsvColumn = (typeof CSV_COLUMNS)[number];
const UNMAPPED_COLUMNS: CsvColumn[] = [
  'Time',
  'End Time',
  'Media Credit',
  'Media Thumbnail',
  'Alt Text',
  'Background',
];
const headerKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

export function readCsv(text: string): Timeline {
  let records: string[][];
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new TimelineJsImportError(`not valid CSV: ${error.message}`);
    throw error;
  }
  const [header = [], ...rows] = records;
  const columnIndex = new Map<string, number>();
  header.forEach((name, i) => {
    if (!columnIndex.has(headerKey(name))) columnIndex.set(headerKey(name), i);
  });
  if (!columnIndex.has('year')) {
    throw new TimelineJsImportError(
      `no "Year" column in the first row; export the sheet made from the TimelineJS template, whose first row is ${CSV_COLUMNS.join(', ')}`,
    );
  }
  const known = new Set(CSV_COLUMNS.map(headerKey));
  const unknownColumns = header.filter((name) => name.trim() !== '' && !known.has(headerKey(name)));
  const notes = unknownColumns.length
    ? [
        `Ignored ${count(unknownColumns.length, 'column')} TimelineJS does not define: ${listOf(unknownColumns.map(quote))}.`,
      ]
    : [];

  const timeline: Timeline = { events: [], eras: [], notes };
  rows.forEach((row, i) => {
    if (row.every((cell) => cell.trim() === '')) return;
    const cell = (column: CsvColumn) => (row[columnIndex.get(headerKey(column)) ?? -1] ?? '').trim();
    const slide: Slide = {
      where: `row ${i + 2}`,
      start: { year: cell('Year'), month: cell('Month'), day: cell('Day'), display: '' },
      end: { year: cell('End Year'), month: cell('End Month'), day: cell('End Day'), display: '' },
      headline: cell('Headline'),
      text: cell('Text'),
      mediaUrl: cell('Media'),
      mediaCaption: cell('Media Caption'),
      group: cell('Group'),
      displayDate: cell('Display Date'),
      unmapped: UNMAPPED_COLUMNS.filter((column) => cell(column) !== ''),
    };
    const type = cell('Type').toLowerCase();
    // As TimelineJS does: the first "title" row is the title, any later one an event.
    if (type === 'title' && !timeline.title) timeline.title = slide;
    else if (type === 'era') timeline.eras.push(slide);
    else {
      if (type === 'title') {
        notes.push(`Another "title" row (${slide.where}) was read as an event, as TimelineJS does.`);
      }
      timeline.events.push(slide);
    }
  });
  return timeline;
}
