/**
 * The events an event answered, and the ones that answered it, for the
 * details panel: each with its link and the lag between the two, earliest
 * first. Pure: no DOM, no Svelte.
 */
import { formatLag } from '../layout/lag';
import type { Link, TimelineEvent } from './schema';

export interface LinkedEvent {
  link: Link;
  other: TimelineEvent;
  /** "+39 days", from trigger to response; undefined when the dates do not give one. */
  lag: string | undefined;
}

/**
 * `direction` 'trigger': the events `eventId` answered (links into it);
 * 'response': the events that answered it (links out of it).
 */
export function linkedEvents(
  eventId: string,
  direction: 'trigger' | 'response',
  links: readonly Link[],
  eventsById: ReadonlyMap<string, TimelineEvent>,
): LinkedEvent[] {
  const [self, other] = direction === 'trigger' ? (['to', 'from'] as const) : (['from', 'to'] as const);
  return links
    .filter((link) => link[self] === eventId)
    .flatMap((link) => {
      const [from, to] = [eventsById.get(link.from), eventsById.get(link.to)];
      const found = eventsById.get(link[other]);
      return found && from && to ? [{ link, other: found, lag: formatLag(from.date, to.date) }] : [];
    })
    .sort((a, b) => a.other.date.localeCompare(b.other.date));
}
