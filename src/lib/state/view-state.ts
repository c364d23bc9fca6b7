/**
 * The shareable state of the timeline, kept in the URL query string so a view
 * can be bookmarked, shared or embedded. This module only converts between
 * the query string and a typed value; reading `location` and calling
 * `history.replaceState` is the caller's job.
 */
import { isRealPartialDate } from '../model/dates';
import {
  EVIDENCE_LEVELS,
  LINK_KINDS,
  QUAD_CLASSES,
  type EvidenceLevel,
  type LinkKind,
  type QuadClass,
} from '../model/vocabulary';

export interface Filters {
  /** null = all actors; otherwise events with any of these among their `actors`. */
  actors: string[] | null;
  /** null = all. */
  quadClasses: QuadClass[] | null;
  /** null = all. */
  linkKinds: LinkKind[] | null;
  /** null = all. */
  evidence: EvidenceLevel[] | null;
  /** Inclusive; null = open. */
  fromYear: number | null;
  /** Inclusive; null = open. */
  toYear: number | null;
}

export interface ViewState {
  /** Selected event id (`?event=`). */
  event: string | null;
  /** Visible window as UTC calendar days YYYY-MM-DD (`?from=&to=`). */
  window: { from: string; to: string } | null;
  /** `?actors=nl,ru&categories=…&links=…&evidence=…&years=2014-2018`. */
  filters: Filters;
  /** Search text (`?q=`). */
  query: string;
  /** `?view=list`; the chart is the default and is never written. */
  view: 'chart' | 'list';
}

export const DEFAULT_FILTERS: Filters = {
  actors: null,
  quadClasses: null,
  linkKinds: null,
  evidence: null,
  fromYear: null,
  toYear: null,
};

export const DEFAULT_VIEW_STATE: ViewState = {
  event: null,
  window: null,
  filters: DEFAULT_FILTERS,
  query: '',
  view: 'chart',
};

/** Longer search text is cut: it can only come from a hand-made URL, and every keystroke re-runs the search. */
export const MAX_QUERY_LENGTH = 200;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const YEAR_RANGE = /^(\d{4})?-(\d{4})?$/;
const SINGLE_YEAR = /^\d{4}$/;

/** The parameters this module reads and writes, in the order they are written. */
const OWNED_PARAMS = [
  'event',
  'from',
  'to',
  'actors',
  'categories',
  'links',
  'evidence',
  'years',
  'q',
  'view',
] as const;
type OwnedParam = (typeof OWNED_PARAMS)[number];
const OWNED = new Set<string>(OWNED_PARAMS);

/**
 * Reads the view state from a query string (with or without the leading "?").
 * A URL is user input, so nothing here throws: unknown or malformed values are
 * dropped and the default used instead.
 */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const [fromYear, toYear] = parseYearRange(params.get('years'));
  return {
    event: parseSlug(params.get('event')),
    window: parseWindow(params.get('from'), params.get('to')),
    filters: {
      actors: parseActorIds(params.get('actors')),
      quadClasses: parseVocabularyList(params.get('categories'), QUAD_CLASSES),
      linkKinds: parseVocabularyList(params.get('links'), LINK_KINDS),
      evidence: parseVocabularyList(params.get('evidence'), EVIDENCE_LEVELS),
      fromYear,
      toYear,
    },
    query: cutToLength(params.get('q') ?? '', MAX_QUERY_LENGTH),
    view: params.get('view') === 'list' ? 'list' : 'chart',
  };
}

/**
 * Writes the view state into a query string, returning "?…" or "" when
 * nothing is left. Parameters this module does not own (`data`, `embed`,
 * `theme`, `lang`, …) are kept byte for byte, in their original order, so an
 * embed's settings survive every update. Defaults are omitted and lists are
 * written in canonical order, so equal states give equal URLs.
 *
 * An empty list cannot be told apart from "all" in the URL and is written as
 * "all": a filter that hides everything is not worth sharing.
 */
export function writeViewState(state: ViewState, currentSearch: string): string {
  const kept = currentSearch
    .replace(/^\?/, '')
    .split('&')
    .filter((segment) => segment !== '' && !OWNED.has(parameterName(segment)));
  const own = new URLSearchParams();
  for (const [name, value] of ownParams(state)) own.append(name, value);
  // Commas are legal in a query string; %2C would make shared links unreadable.
  const written = own.toString().replace(/%2C/gi, ',');
  const all = written === '' ? kept : [...kept, written];
  return all.length === 0 ? '' : `?${all.join('&')}`;
}

/** True when no filter narrows what is shown. An empty list hides everything, so it is not default. */
export function filtersAreDefault(filters: Filters): boolean {
  return (
    filters.actors === null &&
    filters.quadClasses === null &&
    filters.linkKinds === null &&
    filters.evidence === null &&
    filters.fromYear === null &&
    filters.toYear === null
  );
}

function ownParams({ event, window, filters, query, view }: ViewState): [OwnedParam, string][] {
  const entries: [OwnedParam, string | null][] = [
    ['event', event],
    ['from', window?.from ?? null],
    ['to', window?.to ?? null],
    ['actors', writeList(filters.actors && [...new Set(filters.actors)].sort())],
    ['categories', writeList(filters.quadClasses && inCanonicalOrder(filters.quadClasses, QUAD_CLASSES))],
    ['links', writeList(filters.linkKinds && inCanonicalOrder(filters.linkKinds, LINK_KINDS))],
    ['evidence', writeList(filters.evidence && inCanonicalOrder(filters.evidence, EVIDENCE_LEVELS))],
    ['years', writeYearRange(filters.fromYear, filters.toYear)],
    ['q', query],
    ['view', view === 'chart' ? null : view],
  ];
  return entries.filter((entry): entry is [OwnedParam, string] => entry[1] !== null && entry[1] !== '');
}

function parameterName(segment: string): string {
  const [name = ''] = new URLSearchParams(segment).keys();
  return name;
}

function parseSlug(value: string | null): string | null {
  return value !== null && SLUG.test(value) ? value : null;
}

function parseDay(value: string | null): string | null {
  return value !== null && DAY.test(value) && isRealPartialDate(value) ? value : null;
}

/** A window needs both ends; ends given the wrong way round are swapped rather than dropped. */
function parseWindow(fromValue: string | null, toValue: string | null): ViewState['window'] {
  const from = parseDay(fromValue);
  const to = parseDay(toValue);
  if (from === null || to === null) return null;
  return from <= to ? { from, to } : { from: to, to: from };
}

function splitList(value: string | null): string[] {
  return value === null ? [] : value.split(',').map((item) => item.trim());
}

/** Known values in the vocabulary's order; null (= all) when none are known. */
function parseVocabularyList<T extends string>(value: string | null, vocabulary: readonly T[]): T[] | null {
  const given = new Set(splitList(value));
  const known = vocabulary.filter((term) => given.has(term));
  return known.length > 0 ? known : null;
}

/** Actor ids cannot be checked against the dataset here, so any slug-form id is kept, sorted and unique. */
function parseActorIds(value: string | null): string[] | null {
  const ids = [...new Set(splitList(value).filter((id) => SLUG.test(id)))].sort();
  return ids.length > 0 ? ids : null;
}

/** Accepts "2014-2018", "2014-", "-2018" and "2014" (that year alone). */
function parseYearRange(value: string | null): [number | null, number | null] {
  if (value === null) return [null, null];
  const text = value.trim();
  if (SINGLE_YEAR.test(text)) return [Number(text), Number(text)];
  const match = YEAR_RANGE.exec(text);
  if (!match) return [null, null];
  const from = match[1] === undefined ? null : Number(match[1]);
  const to = match[2] === undefined ? null : Number(match[2]);
  return from !== null && to !== null && from > to ? [to, from] : [from, to];
}

function writeYearRange(fromYear: number | null, toYear: number | null): string | null {
  if (fromYear === null && toYear === null) return null;
  if (fromYear !== null && fromYear === toYear) return formatYear(fromYear);
  return `${fromYear === null ? '' : formatYear(fromYear)}-${toYear === null ? '' : formatYear(toYear)}`;
}

/** Four digits, as in the dataset's dates, so the year reads back. */
function formatYear(year: number): string {
  return String(year).padStart(4, '0');
}

function inCanonicalOrder<T extends string>(chosen: readonly T[], vocabulary: readonly T[]): T[] {
  return vocabulary.filter((term) => chosen.includes(term));
}

function writeList(items: readonly string[] | null): string | null {
  return items === null || items.length === 0 ? null : items.join(',');
}

/** Cuts by code point, so an emoji at the limit is not split into a broken surrogate. */
function cutToLength(text: string, maxLength: number): string {
  const codePoints = Array.from(text);
  return codePoints.length > maxLength ? codePoints.slice(0, maxLength).join('') : text;
}
