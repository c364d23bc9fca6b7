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
import { firstWords, plainText, shortSlug, slugify, uniqueId } from './html-text';
import { count, listOf, shorten } from './import-notes';
import { partialDate, saysMoreThan } from './timelinejs-dates';
import { readCsv, readJson, type Loose, type Slide, type Timeline } from './timelinejs-read';

// What importTimelineJs throws when the input is not a TimelineJS timeline at all.
export { TimelineJsImportError } from './timelinejs-read';

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

export function importTimelineJs(
  source: { format: 'json' | 'csv'; text: string },
  options: ImportOptions,
): ImportResult {
  const timeline = source.format === 'json' ? readJson(source.text) : readCsv(source.text);
  return toDataset(timeline, options);
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

function describeSlide(slide: Slide): string {
  const headline = plainText(slide.headline) || firstWords(plainText(slide.text), 40);
  return headline ? `"${headline}" (${slide.where})` : slide.where;
}
