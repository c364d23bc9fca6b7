/**
 * The dataset, or the part of it on screen, as a file that is itself a valid
 * dataset: it opens in the app and passes `npm run validate`.
 */
import type { Dataset } from '../model/schema';

/**
 * The same dataset with only the given events (in their original order), the
 * links between two kept events, and the actors those events still name.
 * The two parties are always kept, since the dataset is about them; `$schema`
 * and the metadata are kept as they are. The input is not changed.
 */
export function subsetDataset(dataset: Dataset, eventIds: ReadonlySet<string>): Dataset {
  const events = dataset.events.filter((event) => eventIds.has(event.id));
  const kept = new Set(events.map((event) => event.id));
  const links = dataset.links.filter((link) => kept.has(link.from) && kept.has(link.to));
  const usedActors = new Set<string>(dataset.parties);
  for (const event of events) {
    for (const id of [...event.actors, ...(event.targets ?? [])]) usedActors.add(id);
  }
  const actors = dataset.actors.filter((actor) => usedActors.has(actor.id));
  return { ...dataset, actors, events, links };
}

/** Pretty JSON, as the files in data/ are written: 2-space indent and a final newline. */
export function datasetToJson(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}
