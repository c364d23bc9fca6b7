/**
 * Search as you type over a dataset's events. Text is folded once, when the
 * index is built, so each keystroke only looks words up: every word of the
 * query must begin a word somewhere in the event (title, summary, tags, or the
 * names of its actors and targets). Case and accents are ignored.
 */
import { parsePartialDate } from './dates';
import type { Dataset, LocalizedText } from './schema';
import { localize } from './text';

export interface SearchHit {
  id: string;
  score: number;
}

export interface SearchIndex {
  /** All events that match every word, best first; [] for a blank query. */
  search(query: string): SearchHit[];
}

/**
 * What a word is worth by where it is found. Each tier doubles the one below,
 * so for a given number of words the sums keep the tiers apart: a title and a
 * summary match (4 + 1) still beat two actor matches (2 + 2).
 */
const FIELD_WEIGHT = { title: 4, actorOrTag: 2, summary: 1 } as const;

/** Runs of letters and digits; everything else separates words ("mh17-tribunal", "Borodin's"). */
const WORD_SEPARATOR = /[^\p{L}\p{N}]+/u;
const COMBINING_MARK = /\p{M}/gu;

/** Lower case without accents, so "Máxima" and "maxima" fold to the same text. */
export function foldForSearch(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(COMBINING_MARK, '');
}

function words(text: string): string[] {
  return foldForSearch(text)
    .split(WORD_SEPARATOR)
    .filter((word) => word !== '');
}

/** The events in which one word occurs, with the best weight it has in each. */
interface Postings {
  eventIndexes: number[];
  weights: number[];
}

export function buildSearchIndex(dataset: Dataset, language: string): SearchIndex {
  const defaultLanguage = dataset.languages[0];
  const text = (value: LocalizedText) => localize(value, language, defaultLanguage);
  const actorNames = new Map(
    dataset.actors.map((actor) => [actor.id, `${text(actor.name)} ${text(actor.shortName)}`]),
  );
  const { events } = dataset;

  const postingsByWord = new Map<string, Postings>();
  events.forEach((event, eventIndex) => {
    const bestWeight = new Map<string, number>();
    const addWords = (source: string, weight: number) => {
      for (const word of words(source)) {
        if ((bestWeight.get(word) ?? 0) < weight) bestWeight.set(word, weight);
      }
    };
    addWords(text(event.title), FIELD_WEIGHT.title);
    for (const actorId of [...event.actors, ...(event.targets ?? [])]) {
      addWords(actorNames.get(actorId) ?? '', FIELD_WEIGHT.actorOrTag);
    }
    addWords((event.tags ?? []).join(' '), FIELD_WEIGHT.actorOrTag);
    addWords(text(event.summary), FIELD_WEIGHT.summary);
    for (const [word, weight] of bestWeight) {
      let postings = postingsByWord.get(word);
      if (!postings) postingsByWord.set(word, (postings = { eventIndexes: [], weights: [] }));
      postings.eventIndexes.push(eventIndex);
      postings.weights.push(weight);
    }
  });
  // Sorted, so the words that start with a prefix sit together and are found by binary search.
  const vocabulary = [...postingsByWord.keys()].sort();
  const chronologicalOrder = chronologicalIndexes(dataset);

  function postingsStartingWith(prefix: string): Postings[] {
    const found: Postings[] = [];
    for (let i = lowerBound(vocabulary, prefix); i < vocabulary.length; i++) {
      const word = vocabulary[i]!;
      if (!word.startsWith(prefix)) break;
      found.push(postingsByWord.get(word)!);
    }
    return found;
  }

  function search(query: string): SearchHit[] {
    const queryWords = [...new Set(words(query))];
    if (queryWords.length === 0) return [];
    // score[i] is 0 once event i misses a word, and stays 0: every word must match.
    let score: Uint16Array | null = null;
    for (const queryWord of queryWords) {
      const wordScore = new Uint16Array(events.length);
      for (const { eventIndexes, weights } of postingsStartingWith(queryWord)) {
        for (let k = 0; k < eventIndexes.length; k++) {
          const eventIndex = eventIndexes[k]!;
          wordScore[eventIndex] = Math.max(wordScore[eventIndex]!, weights[k]!);
        }
      }
      if (score === null) {
        score = wordScore;
        continue;
      }
      for (let i = 0; i < score.length; i++) {
        score[i] = score[i] === 0 || wordScore[i] === 0 ? 0 : score[i]! + wordScore[i]!;
      }
    }
    return rankHits(score!);
  }

  /** Best score first; equal scores keep time order. Scores are small integers, so bucketing beats sorting. */
  function rankHits(score: Uint16Array): SearchHit[] {
    const buckets: SearchHit[][] = [];
    for (const eventIndex of chronologicalOrder) {
      const eventScore = score[eventIndex]!;
      if (eventScore > 0)
        (buckets[eventScore] ??= []).push({ id: events[eventIndex]!.id, score: eventScore });
    }
    return buckets.reverse().flatMap((bucket) => bucket ?? []);
  }

  return { search };
}

/** Matches events against a query. Build the index once with buildSearchIndex when searching as the user types. */
export function searchEvents(dataset: Dataset, query: string, language: string): SearchHit[] {
  return buildSearchIndex(dataset, language).search(query);
}

/** Event positions by start of their date, then id (by code unit, so the order does not depend on the locale). */
function chronologicalIndexes({ events }: Dataset): number[] {
  const start = events.map((event) => parsePartialDate(event.date)?.start.getTime() ?? 0);
  return events
    .map((_, index) => index)
    .sort((a, b) => start[a]! - start[b]! || compareCodeUnits(events[a]!.id, events[b]!.id));
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The first position in a sorted list whose item is not less than the value. */
function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
