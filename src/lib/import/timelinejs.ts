/**
 * Converts a Knight Lab TimelineJS 3 timeline, as its JSON format or as a CSV
 * export of its Google Sheets template, into a demarche dataset, as far as the
 * two models overlap. Everything that does not map is described in `notes`;
 * what TimelineJS has no notion of (categories, licence, actor kinds) is left
 * out, so the validator names it for the editor to fill in.
 *
 * Formats: https://timeline.knightlab.com/docs/json-format.html and
 * https://timeline.knightlab.com/docs/using-spreadsheets.html.
 * Pure: no Node or DOM APIs, so the app can reuse it.
 */
import * as v from 'valibot';
import { SourceSchema, type Source } from '../model/schema';
import { daysInMonth } from '../model/dates';
import { CsvSyntaxError, parseCsv } from './csv-parse';

export interface ImportResult {
  dataset: Record<string, unknown>;
  notes: string[];
}

export interface ImportOptions {
  /** The dataset id, a slug. */
  id: string;
  /** Today as YYYY-MM-DD, for `updated`; passed in so the result is deterministic. */
  today: string;
}

/** The input cannot be read as a TimelineJS timeline at all. */
export class TimelineJsImportError extends Error {
  override name = 'TimelineJsImportError';
}

interface DateParts {
  year: string;
  month: string;
  day: string;
  display: string;
}

interface Slide {
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

interface Timeline {
  title?: Slide;
  events: Slide[];
  eras: Slide[];
  notes: string[];
}

export function importTimelineJs(
  source: { format: 'json' | 'csv'; text: string },
  options: ImportOptions,
): ImportResult {
  const timeline = source.format === 'json' ? readJson(source.text) : readCsv(source.text);
  return toDataset(timeline, options);
}

// ---------------------------------------------------------------- reading JSON

type Loose = Record<string, unknown>;
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

function readJson(text: string): Timeline {
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

function readCsv(text: string): Timeline {
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

// ------------------------------------------------------------------- mapping

function toDataset(timeline: Timeline, options: ImportOptions): ImportResult {
  const notes = [...timeline.notes];
  const events: Loose[] = [];
  const eventIds = new Set<string>();
  const actorIds = new Map<string, string>();
  const eventsPerActor = new Map<string, number>();
  const skipped: string[] = [];
  const unusableMedia: string[] = [];
  const linksInText: string[] = [];
  const displayNotes: string[] = [];
  const unmapped = new Map<string, number>();

  for (const slide of timeline.events) {
    for (const field of slide.unmapped) unmapped.set(field, (unmapped.get(field) ?? 0) + 1);
    const date = partialDate(slide.start);
    if (typeof date !== 'string') {
      skipped.push(`${describeSlide(slide)}: ${date.problem}`);
      continue;
    }
    const end = endDate(slide, date, notes);
    const summary = plainText(slide.text);
    const title = plainText(slide.headline) || firstWords(summary, 80);
    const id = uniqueId(`${date}-${shortSlug(title)}`.replace(/-$/, ''), eventIds);
    const event: Loose = { id, date };
    if (end) event.end = end;
    const group = plainText(slide.group);
    if (group) {
      const actorId = actorIds.get(group) ?? uniqueId(slugify(group) || 'group', new Set(actorIds.values()));
      actorIds.set(group, actorId);
      eventsPerActor.set(actorId, (eventsPerActor.get(actorId) ?? 0) + 1);
      event.actors = [actorId];
    }
    if (title) event.title = title;
    if (summary) event.summary = summary;
    const media = mediaSource(slide);
    if ('source' in media) event.sources = [media.source];
    else if (media.problem) unusableMedia.push(`"${id}" (${media.problem})`);
    const display = plainText(slide.displayDate);
    if (display && saysMoreThan(display, [date, end])) {
      event.note = `Date given as "${display}".`;
      displayNotes.push(`"${id}"`);
    }
    if (/<a\s[^>]*href\s*=\s*["']?https?:/i.test(slide.text)) linksInText.push(`"${id}"`);
    events.push(event);
  }

  if (skipped.length > 0) {
    notes.unshift(
      `Skipped ${count(skipped.length, 'event')} without a usable date: ${listOf(skipped)}. Correct the date in TimelineJS and import again, or add ${skipped.length === 1 ? 'the event' : 'them'} by hand.`,
    );
  }
  if (unusableMedia.length > 0) {
    notes.push(
      `Not used as a source, because it is not a web page: the media of ${count(unusableMedia.length, 'event')}: ${listOf(unusableMedia)}.`,
    );
  }
  notes.push(...eraNotes(timeline.eras), ...titleNotes(timeline.title));
  if (unmapped.size > 0) {
    const fields = [...unmapped].map(([field, n]) => `${field} (${count(n, 'event')})`);
    notes.push(`Not imported, as demarche has no place for them: ${fields.join(', ')}.`);
  }
  if (linksInText.length > 0) {
    notes.push(
      `The text of ${count(linksInText.length, 'event')} had links, removed with the rest of the markup; they may point to sources: ${listOf(linksInText)}.`,
    );
  }
  if (displayNotes.length > 0) {
    notes.push(
      `The TimelineJS display date of ${count(displayNotes.length, 'event')} says more than its date, so it is kept in "note"; set "approximate": true where the date is an estimate: ${listOf(displayNotes)}.`,
    );
  }

  const actors = [...actorIds].map(([name, id]) => ({ id, name, shortName: name, kind: 'group' }));
  if (actors.length > 0) {
    notes.push(
      `Made ${count(actors.length, 'actor')} from the TimelineJS groups, each with "kind": "group" and its name as "shortName"; check each kind ("state", "organisation", "person" or "group") and give a short label like "NL".`,
    );
  }
  const byEvents = [...eventsPerActor].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  const parties = byEvents.length >= 2 ? byEvents.slice(0, 2) : undefined;
  notes.push(
    parties
      ? `"parties" is ${JSON.stringify(parties)}, the two groups with the most events; change it if the relations are between others.`
      : `No "parties": TimelineJS has no such idea, and it needs two groups to guess from (found ${actors.length}); add the two actors whose relations this is, like "parties": ["nl", "ru"].`,
  );
  notes.push(
    'No "license": TimelineJS has none; add the licence of the text, like "license": {"name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"}.',
  );
  const firstSource = events.find((event) => event.sources)?.sources as Source[] | undefined;
  if (firstSource?.[0]) {
    notes.push(
      `Each source's "publisher" is its web site's host name, like "${firstSource[0].publisher}"; replace it with the publisher's name.`,
    );
  }

  const title = plainText(timeline.title?.headline ?? '') || options.id;
  const description = plainText(timeline.title?.text ?? '');
  const dataset: Loose = { $schema: './schema.json', id: options.id, title };
  if (description) dataset.description = description;
  Object.assign(dataset, { languages: ['en'], updated: options.today });
  if (parties) dataset.parties = parties;
  Object.assign(dataset, { actors, events, links: [] });
  return { dataset, notes };
}

function endDate(slide: Slide, start: string, notes: string[]): string | undefined {
  const end = slide.end;
  if (!end || (end.year === '' && end.month === '' && end.day === '')) return undefined;
  if (end.year === '') {
    notes.push(
      `Ignored the end date of ${describeSlide(slide)}: it has no year (TimelineJS ignores it too).`,
    );
    return undefined;
  }
  const date = partialDate(end);
  if (typeof date !== 'string') {
    notes.push(`Ignored the end date of ${describeSlide(slide)}: ${date.problem}.`);
    return undefined;
  }
  return date === start ? undefined : date;
}

function eraNotes(eras: Slide[]): string[] {
  if (eras.length === 0) return [];
  const described = eras.map((era) => {
    const span = [era.start, era.end].map((parts) => {
      const date = partialDate(parts);
      return typeof date === 'string' ? date : '?';
    });
    return `"${plainText(era.headline) || 'untitled'}" (${span.join(' to ')})`;
  });
  return [`Not imported: ${count(eras.length, 'era')}, which demarche does not have: ${listOf(described)}.`];
}

function titleNotes(title: Slide | undefined): string[] {
  if (!title) return ['No title slide: the dataset is titled with its id, and has no description yet.'];
  const unused = [title.mediaUrl && 'media', ...title.unmapped.map((field) => field.toLowerCase())].filter(
    Boolean,
  );
  return [
    `The title slide gave the dataset its title${plainText(title.text) ? ' and description' : ''}${unused.length ? `; its ${unused.join(' and ')} ${unused.length === 1 ? 'was' : 'were'} not imported` : ''}.`,
  ];
}

// --------------------------------------------------------------------- dates

/** `2014`, `2014-07` or `2014-07-17`, from as much of the date as is given. */
function partialDate(parts: DateParts | undefined): string | { problem: string } {
  if (!parts || parts.year === '') return { problem: 'no year' };
  const [year, month, day] = [parts.year, parts.month, parts.day].map((part) => part.replace(/[\s,]+/g, ''));
  if (!/^-?\d+$/.test(year!)) return { problem: `the year "${parts.year}" is not a number` };
  const y = Number(year);
  if (y < 1 || y > 9999) return { problem: `the year ${y} is outside 1 to 9999, which demarche can show` };
  const yyyy = String(y).padStart(4, '0');
  if (month === '') {
    return day === '' ? yyyy : { problem: `a day (${parts.day}) is given without a month` };
  }
  const m = Number(month);
  if (!/^\d+$/.test(month!) || m < 1 || m > 12) {
    return { problem: `the month "${parts.month}" is not 1 to 12` };
  }
  const yyyyMm = `${yyyy}-${String(m).padStart(2, '0')}`;
  if (day === '') return yyyyMm;
  const d = Number(day);
  if (!/^\d+$/.test(day!) || d < 1 || d > daysInMonth(y, m)) {
    return { problem: `${yyyyMm} has no day "${parts.day}"` };
  }
  return `${yyyyMm}-${String(d).padStart(2, '0')}`;
}

const MONTHS = 'january february march april may june july august september october november december'.split(
  ' ',
);
const CONNECTIVES = new Set(['to', 'until', 'till', 'through', 'and', 'from', 'of', 'the', 'on', 'in']);

/** True when a display date holds words the dates do not, like "Spring" in "Spring 2018". */
function saysMoreThan(display: string, dates: (string | undefined)[]): boolean {
  const covered = new Set(CONNECTIVES);
  for (const date of dates) {
    if (!date) continue;
    const [year, month, day] = date.split('-').map(Number);
    covered.add(String(year));
    if (month) {
      const name = MONTHS[month - 1]!;
      for (const word of [String(month), String(month).padStart(2, '0'), name, name.slice(0, 3)]) {
        covered.add(word);
      }
      if (month === 9) covered.add('sept');
    }
    if (day) {
      for (const suffix of ['', 'st', 'nd', 'rd', 'th']) {
        covered.add(`${day}${suffix}`);
        covered.add(`${String(day).padStart(2, '0')}${suffix}`);
      }
    }
  }
  const words = display.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  return words.some((word) => word !== '' && !covered.has(word));
}

// --------------------------------------------------------------------- media

const FILE_KINDS: [RegExp, string][] = [
  [/\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|avif|heic)$/i, 'an image'],
  [/\.(?:mp3|wav|ogg|oga|m4a|aac|flac)$/i, 'an audio file'],
  [/\.(?:mp4|m4v|webm|mov|avi|ogv)$/i, 'a video file'],
];

/** The media URL as a source when it is a web page; otherwise why not (nothing when there is no media). */
function mediaSource(slide: Slide): { source: Source } | { problem?: string } {
  const url = slide.mediaUrl;
  if (url === '') return {};
  if (url.startsWith('<')) return { problem: 'HTML markup, not a web address' };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme !== 'http' && scheme !== 'https') {
    return {
      problem: scheme
        ? `a ${scheme}: address, not a web page`
        : `"${shorten(url)}" is not a full web address`,
    };
  }
  let location: URL;
  try {
    location = new URL(url);
  } catch {
    return { problem: `"${shorten(url)}" is not a valid web address` };
  }
  const kind = FILE_KINDS.find(([pattern]) => pattern.test(location.pathname))?.[1];
  if (kind) return { problem: `${kind}, ${shorten(url)}` };
  const source: Source = { url, publisher: location.hostname };
  const caption = plainText(slide.mediaCaption);
  if (caption) source.title = caption;
  return v.is(SourceSchema, source) ? { source } : { problem: `"${shorten(url)}" is not a full web address` };
}

// ---------------------------------------------------------------------- text

// Tags that sit inside a line of text; any other tag separates words.
const INLINE_TAGS = new Set(
  'a abbr b bdi bdo cite code em font i kbd mark q s small span strong sub sup time u'.split(' '),
);
const TAG = /<(\/?)([a-zA-Z][^\s/>]*)(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*\s*\/?>/g;
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
};

/**
 * HTML to plain text: drops comments, <script> and <style> with their content,
 * and every tag; decodes entities; collapses whitespace.
 */
export function plainText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ')
    .replace(TAG, (_, _slash: string, name: string) => (INLINE_TAGS.has(name.toLowerCase()) ? '' : ' '))
    .replace(
      /&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi,
      (entity, decimal?: string, hex?: string, name?: string) => {
        if (name) return ENTITIES[name.toLowerCase()] ?? entity;
        const code = decimal ? Number(decimal) : parseInt(hex!, 16);
        const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
        return valid ? String.fromCodePoint(code) : '\uFFFD';
      },
    )
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lowercase ASCII letters, digits and single hyphens: "Rózsa Péter" → "rozsa-peter". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function shortSlug(text: string, maxLength = 50): string {
  const slug = slugify(text);
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : maxLength);
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

function firstWords(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxLength / 2 ? cut.slice(0, space) : cut.slice(0, maxLength - 1)).trimEnd()}…`;
}

// --------------------------------------------------------------------- notes

function describeSlide(slide: Slide): string {
  const headline = plainText(slide.headline) || firstWords(plainText(slide.text), 40);
  return headline ? `"${headline}" (${slide.where})` : slide.where;
}

const shorten = (text: string) => (text.length > 50 ? `${text.slice(0, 49)}…` : text);
const quote = (text: string) => `"${text}"`;
const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** The first few items and how many more, so a note stays readable for a thousand events. */
function listOf(items: string[], shown = 5): string {
  const rest = items.length - shown;
  return `${items.slice(0, shown).join('; ')}${rest > 0 ? `; and ${rest} more` : ''}`;
}
