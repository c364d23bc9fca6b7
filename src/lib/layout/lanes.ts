/**
 * One lane per actor that acts in the data: the two parties first, in the
 * dataset's order, then states, organisations, groups and people, each in the
 * order the dataset lists them.
 */
import type { Actor, Dataset, TimelineEvent } from '../model/schema';
import type { ActorKind } from '../model/vocabulary';

export interface Lane {
  actor: Actor;
  index: number;
}

const KIND_ORDER: Record<ActorKind, number> = { state: 0, organisation: 1, group: 2, person: 3 };

export type LaneResolver = (event: { actors: string[] }) => string;

export function orderLanes(
  dataset: Pick<Dataset, 'actors' | 'parties'> & { events: readonly TimelineEvent[] },
  resolveLane: LaneResolver = laneOf,
): Lane[] {
  // Stops once every actor has been seen, usually within the first events rather than after all of them.
  const known = new Set(dataset.actors.map((actor) => actor.id));
  const acting = new Set<string>();
  for (const event of dataset.events) {
    const lane = resolveLane(event);
    if (known.has(lane) && acting.add(lane).size === known.size) break;
  }
  const rank = (actor: Actor, position: number) => {
    const party = dataset.parties.indexOf(actor.id);
    return party >= 0 ? [0, party] : [1 + KIND_ORDER[actor.kind], position];
  };
  return dataset.actors
    .map((actor, position) => ({ actor, key: rank(actor, position) }))
    .filter(({ actor }) => acting.has(actor.id))
    .sort((a, b) => a.key[0]! - b.key[0]! || a.key[1]! - b.key[1]!)
    .map(({ actor }, index) => ({ actor, index }));
}

/** The lane an event is drawn in: its first actor's. */
export function laneOf(event: { actors: string[] }): string {
  return event.actors[0]!;
}

/** When only some actors are shown, an event by several goes to the lane of its first shown actor. */
export function laneAmong(shown: readonly string[] | null): LaneResolver {
  if (!shown) return laneOf;
  return (event) => event.actors.find((id) => shown.includes(id)) ?? event.actors[0]!;
}
