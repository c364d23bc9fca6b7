/**
 * Deterministic synthetic datasets for performance tests and benchmarks:
 * the same seed always gives the same file. Valid by construction.
 */
import { CATEGORY_TYPES, LINK_KINDS, EVIDENCE_LEVELS } from '../src/lib/model/vocabulary';
import type { Dataset, TimelineEvent, Link } from '../src/lib/model/schema';

export interface SyntheticOptions {
  events: number;
  /** 2 to 6 actors. */
  actors?: number;
  seed?: number;
  /** Links per event; about one per four by default. */
  linkRatio?: number;
}

/** mulberry32: small, fast and good enough for test data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  'embassy envoy expels summons sanctions talks court ruling cyber attack protest note treaty visit trade ban inquiry statement minister delegation report'.split(
    ' ',
  );
const pad = (n: number) => String(n).padStart(2, '0');

export function syntheticDataset({
  events: count,
  actors = 4,
  seed = 1,
  linkRatio = 0.25,
}: SyntheticOptions): Dataset {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const actorList = Array.from({ length: actors }, (_, i) => ({
    id: `actor-${i + 1}`,
    name: `Actor ${i + 1}`,
    shortName: `A${i + 1}`,
    kind: i < 2 ? ('state' as const) : ('organisation' as const),
  }));
  const startYear = 1990;
  const spanDays = 35 * 365;
  const days = Array.from({ length: count }, () => Math.floor(next() * spanDays)).sort((a, b) => a - b);
  const events: TimelineEvent[] = days.map((offset, i) => {
    const day = new Date(Date.UTC(startYear, 0, 1 + offset));
    const y = day.getUTCFullYear();
    const roll = next();
    const date =
      roll < 0.8
        ? `${y}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`
        : roll < 0.95
          ? `${y}-${pad(day.getUTCMonth() + 1)}`
          : `${y}`;
    const titleWords = Array.from({ length: 4 + Math.floor(next() * 8) }, () => pick(WORDS));
    const actor = pick(actorList).id;
    const event: TimelineEvent = {
      id: `e${i}`,
      date,
      actors: [actor],
      targets: [pick(actorList.filter((a) => a.id !== actor)).id],
      category: { type: pick(CATEGORY_TYPES) },
      title: titleWords.join(' '),
      summary: `${titleWords.join(' ')}. Synthetic event ${i}.`,
      sources: [{ url: `https://example.org/${i}`, publisher: 'Synthetic' }],
      importance: 1 + Math.floor(next() * 5),
    };
    if (next() < 0.05 && roll < 0.8) event.end = `${y + 1}`;
    return event;
  });
  const links: Link[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < Math.floor(count * linkRatio); i++) {
    const from = Math.floor(next() * (count - 1));
    const to = Math.min(count - 1, from + 1 + Math.floor(next() * 20));
    const fromEvent = events[from]!;
    const toEvent = events[to]!;
    const key = `${from}-${to}`;
    // Coarse dates can make a later index look earlier; keep only forward links.
    if (seen.has(key) || toEvent.date < fromEvent.date.slice(0, toEvent.date.length)) continue;
    seen.add(key);
    links.push({
      from: fromEvent.id,
      to: toEvent.id,
      kind: pick(LINK_KINDS),
      evidence: pick(EVIDENCE_LEVELS),
    });
  }
  return {
    id: `synthetic-${count}`,
    title: `Synthetic dataset of ${count} events`,
    description: 'Generated for performance tests.',
    languages: ['en'],
    updated: '2026-01-01',
    license: { name: 'CC0 1.0' },
    parties: [actorList[0]!.id, actorList[1]!.id],
    actors: actorList,
    events,
    links,
  };
}
