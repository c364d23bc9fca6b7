/**
 * Checks that span more than one field: unique ids, references that resolve,
 * ranges and links that run forwards in time. They run on the raw JSON even
 * when the schema found problems, so an editor sees everything in one pass;
 * each check skips values whose shape the schema already reported.
 */
import { daysBetween, parsePartialDate } from '../model/dates';
import { didYouMean } from './suggest';
import type { Problem } from './problem';

type Loose = Record<string, unknown>;

const ACTOR_FIELDS = ['actors', 'targets'] as const;

const isObject = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

export function integrityProblems(input: unknown): Problem[] {
  if (!isObject(input)) return [];
  const problems: Problem[] = [];
  const actorIds = uniqueIds(input.actors, 'actors', 'actor', problems);
  const eventIds = uniqueIds(input.events, 'events', 'event', problems);

  listOf(input.parties).forEach((id, i) => {
    if (isUnknownActor(id, actorIds)) reportUnknownActor(id, ['parties', i], actorIds, problems);
  });
  // Plain loops and paths made only for a problem: on 10,000 events this runs before the first render.
  const events = listOf(input.events);
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    if (!isObject(event)) continue;
    for (const field of ACTOR_FIELDS) {
      const ids = listOf(event[field]);
      for (let j = 0; j < ids.length; j++) {
        const id = ids[j];
        if (isUnknownActor(id, actorIds)) reportUnknownActor(id, ['events', i, field, j], actorIds, problems);
      }
    }
    checkRange(event, i, problems);
  }
  checkLinks(input.links, eventIds, listOf(input.events), problems);
  return problems;
}

/** Maps each id to its first index, reporting repeats. */
function uniqueIds(list: unknown, field: string, noun: string, problems: Problem[]): Map<string, number> {
  const ids = new Map<string, number>();
  listOf(list).forEach((item, i) => {
    const id = isObject(item) ? text(item.id) : undefined;
    if (id === undefined) return;
    const first = ids.get(id);
    if (first !== undefined) {
      problems.push({
        path: [field, i, 'id'],
        message: `duplicate ${noun} id "${id}": ${field}[${first}] already uses it; give each ${noun} its own id`,
      });
    } else ids.set(id, i);
  });
  return ids;
}

const isUnknownActor = (id: unknown, actorIds: Map<string, number>): id is string =>
  typeof id === 'string' && !actorIds.has(id);

function reportUnknownActor(
  id: string,
  path: (string | number)[],
  actorIds: Map<string, number>,
  problems: Problem[],
) {
  problems.push({
    path,
    message: `unknown actor "${id}"${didYouMean(id, actorIds.keys())} Known actors: ${[...actorIds.keys()].join(', ')}; a new one must be added under "actors" first.`,
  });
}

function checkRange(event: Loose, index: number, problems: Problem[]) {
  // Most events have no end: then there is nothing to parse.
  const end = event.end === undefined ? undefined : parsePartialDate(text(event.end) ?? '');
  const start = end && parsePartialDate(text(event.date) ?? '');
  if (start && end && end.end.getTime() <= start.start.getTime()) {
    problems.push({
      path: ['events', index, 'end'],
      message: `found "${String(event.end)}", which is before the event's date "${String(event.date)}"; the end must be on or after the date`,
    });
  }
}

function checkLinks(links: unknown, eventIds: Map<string, number>, events: unknown[], problems: Problem[]) {
  const dateOf = (id: string): string | undefined => {
    const event = events[eventIds.get(id) ?? -1];
    return isObject(event) ? text(event.date) : undefined;
  };
  const seenPairs = new Map<string, number>();
  const unknownEvent = (id: string | undefined, i: number, end: 'from' | 'to') => {
    if (id === undefined || eventIds.has(id)) return;
    problems.push({
      path: ['links', i, end],
      message: `no event has the id "${id}"${didYouMean(id, eventIds.keys())}`,
    });
  };
  listOf(links).forEach((link, i) => {
    if (!isObject(link)) return;
    const from = text(link.from);
    const to = text(link.to);
    unknownEvent(from, i, 'from');
    unknownEvent(to, i, 'to');
    if (from === undefined || to === undefined) return;
    if (from === to) {
      problems.push({
        path: ['links', i, 'to'],
        message: `the link points from "${from}" to itself; link two different events`,
      });
      return;
    }
    const pair = `${from}\u0000${to}`;
    const first = seenPairs.get(pair);
    if (first !== undefined) {
      problems.push({
        path: ['links', i],
        message: `duplicate link from "${from}" to "${to}": links[${first}] already connects them; keep one`,
      });
    } else seenPairs.set(pair, i);
    checkLinkOrder(i, from, dateOf(from), to, dateOf(to), problems);
  });
}

/** A response may share its trigger's day or period, but may not lie wholly before it. */
function checkLinkOrder(
  index: number,
  from: string,
  fromDate: string | undefined,
  to: string,
  toDate: string | undefined,
  problems: Problem[],
) {
  const trigger = parsePartialDate(fromDate ?? '');
  const response = parsePartialDate(toDate ?? '');
  if (!trigger || !response || response.end > trigger.start) return;
  problems.push({
    path: ['links', index, 'to'],
    message: `the response "${to}" (${toDate}) is dated ${daysBetween(response.start, trigger.start)} days before its trigger "${from}" (${fromDate}); swap "from" and "to", or check the dates`,
  });
}
