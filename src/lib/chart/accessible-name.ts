/** What a screen reader says for an event mark: date, who did it to whom, and what. */
import type { Dataset, TimelineEvent } from '../model/schema';
import { localize } from '../model/text';
import { formatEventDate } from '../model/format-date';

export interface NameWords {
  about: string;
  to: string;
}

export function eventAccessibleName(
  event: TimelineEvent,
  actorNames: ReadonlyMap<string, string>,
  language: string,
  words: NameWords,
): string {
  const names = (ids: readonly string[] | undefined) =>
    (ids ?? []).map((id) => actorNames.get(id) ?? id).join(', ');
  const who = event.targets?.length
    ? `${names(event.actors)} ${words.to} ${names(event.targets)}`
    : names(event.actors);
  return `${formatEventDate(event, words.about)}. ${who}: ${localize(event.title, language)}`;
}

export function actorNameMap(dataset: Pick<Dataset, 'actors'>, language: string): Map<string, string> {
  return new Map(dataset.actors.map((actor) => [actor.id, localize(actor.name, language)]));
}
