import { parsePartialDate } from './dates';
import type { Link, TimelineEvent } from './schema';

type Dated = Pick<TimelineEvent, 'id' | 'date'>;

/**
 * Events in time order, never mutating the input. Events that start at the
 * same moment keep cause before effect: a response comes after its trigger
 * (by link depth), then ids decide, so the order is stable.
 */
export function chronological<T extends Dated>(
  events: readonly T[],
  links: readonly Pick<Link, 'from' | 'to'>[] = [],
): T[] {
  const start = new Map(
    events.map((event) => [event.id, parsePartialDate(event.date)?.start.getTime() ?? 0]),
  );
  const depth = sameMomentDepths(start, links);
  return [...events].sort(
    (a, b) =>
      start.get(a.id)! - start.get(b.id)! ||
      (depth.get(a.id) ?? 0) - (depth.get(b.id) ?? 0) ||
      a.id.localeCompare(b.id),
  );
}

/** How many links of same-moment triggers lead to each event. */
function sameMomentDepths(
  start: Map<string, number>,
  links: readonly Pick<Link, 'from' | 'to'>[],
): Map<string, number> {
  const sameMoment = links.filter(
    (link) => start.has(link.from) && start.get(link.from) === start.get(link.to),
  );
  const depth = new Map<string, number>();
  // Relax at most once per link: enough for any chain, and safe on cycles.
  for (let round = 0; round < sameMoment.length; round++) {
    let changed = false;
    for (const link of sameMoment) {
      const next = (depth.get(link.from) ?? 0) + 1;
      if (next > (depth.get(link.to) ?? 0) && next <= sameMoment.length) {
        depth.set(link.to, next);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return depth;
}
