/**
 * Which events and links the filters let through. In every list filter, null
 * means "all" and a list means "any of these" (so an empty list lets nothing
 * through).
 */
import type { Filters } from '../state/view-state';
import type { Link, TimelineEvent } from './schema';
import { QUAD_CLASS_OF } from './vocabulary';

export function eventPassesFilters(event: TimelineEvent, filters: Filters): boolean {
  const { actors, quadClasses } = filters;
  if (actors !== null && !event.actors.some((actor) => actors.includes(actor))) return false;
  if (quadClasses !== null && !quadClasses.includes(QUAD_CLASS_OF[event.category.type])) return false;
  return overlapsYears(event, filters.fromYear, filters.toYear);
}

/**
 * The events that pass, in their input order. When nothing narrows them (as at every load without filters in
 * the address), the very list given: no test each, and what was worked out for that list (its events'
 * times, see event-time.ts) holds for the list shown.
 */
export function filterEvents(events: readonly TimelineEvent[], filters: Filters): readonly TimelineEvent[] {
  const { actors, quadClasses, fromYear, toYear } = filters;
  if (actors === null && quadClasses === null && fromYear === null && toYear === null) return events;
  return events.filter((event) => eventPassesFilters(event, filters));
}

export function linkPassesFilters(link: Link, filters: Filters): boolean {
  const { linkKinds, evidence } = filters;
  return (
    (linkKinds === null || linkKinds.includes(link.kind)) &&
    (evidence === null || evidence.includes(link.evidence))
  );
}

/**
 * Links that pass the filters and whose two ends are both on screen: a link to a hidden event has nothing to
 * point at. `null` ids mean every event is on screen, which needs no set of 10,000 ids to say.
 */
export function visibleLinks(
  links: readonly Link[],
  visibleEventIds: ReadonlySet<string> | null,
  filters: Filters,
): Link[] {
  return links.filter(
    (link) =>
      (visibleEventIds === null || (visibleEventIds.has(link.from) && visibleEventIds.has(link.to))) &&
      linkPassesFilters(link, filters),
  );
}

/**
 * An event passes a year range when any year of its period [date, end ?? date]
 * lies in the range, so a hearing from 2002 to 2003-06 shows under "2003-".
 */
function overlapsYears(event: TimelineEvent, fromYear: number | null, toYear: number | null): boolean {
  if (fromYear === null && toYear === null) return true;
  const firstYear = yearOf(event.date);
  const lastYear = yearOf(event.end ?? event.date);
  return (fromYear === null || lastYear >= fromYear) && (toYear === null || firstYear <= toYear);
}

/** Dates are validated partial ISO dates, so the year is always the first four digits. */
function yearOf(partialDate: string): number {
  return Number(partialDate.slice(0, 4));
}
