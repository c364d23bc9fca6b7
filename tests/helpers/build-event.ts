import type { TimelineEvent } from '../../src/lib/model/schema';

/** A valid event for tests: a Dutch sanction on Russia unless `fields` say otherwise. */
export function timelineEvent(
  id: string,
  date: string,
  fields: Partial<Omit<TimelineEvent, 'id' | 'date'>> = {},
): TimelineEvent {
  return {
    id,
    date,
    actors: ['nl'],
    targets: ['ru'],
    category: { type: 'SANCTION', mode: 'expel' },
    title: id,
    summary: id,
    sources: [{ url: `https://example.org/${id}`, publisher: 'Example Wire' }],
    ...fields,
  };
}
