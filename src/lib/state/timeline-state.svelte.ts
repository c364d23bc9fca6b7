/**
 * The timeline's state for one dataset: what is selected, hovered, filtered
 * and searched, and everything derived from it. Components read it; the URL
 * is written from `toViewState()` and read back with `apply()`.
 */
import type { Dataset, TimelineEvent } from '../model/schema';
import { chronological } from '../model/chronology';
import { parsePartialDate } from '../model/dates';
import { periodOf } from '../model/event-time';
import { filterEvents, visibleLinks } from '../model/filter-events';
import { buildSearchIndex, type SearchIndex } from '../model/search';
import { chainOf } from '../layout/chain';
import { DEFAULT_FILTERS, type Filters, type ViewState } from './view-state';

export class TimelineState {
  selectedId: string | null = $state(null);
  hoveredId: string | null = $state(null);
  // Raw: filters are replaced, never changed in place (FilterPanel and the URL make new ones).
  filters: Filters = $state.raw(DEFAULT_FILTERS);
  query = $state('');
  view: 'chart' | 'list' = $state('chart');
  // Raw: the window is replaced whole, never changed in place.
  window: { from: string; to: string } | null = $state.raw(null);

  readonly dataset: Dataset;
  readonly language: string;
  readonly #allInOrder;
  /**
   * From the first event's start to the last one's end, whatever the filters show: the timeline's full extent.
   * A dataset without events covers the day it was updated.
   */
  readonly period: { start: Date; end: Date };
  #searchIndex: SearchIndex | undefined;
  #eventById: Map<string, TimelineEvent> | undefined;

  constructor(dataset: Dataset, initial: ViewState, language = dataset.languages[0] ?? 'en') {
    this.dataset = dataset;
    this.language = language;
    this.#allInOrder = chronological(dataset.events, dataset.links);
    this.period = periodOf(this.#allInOrder) ?? parsePartialDate(dataset.updated)!;
    this.apply(initial);
  }

  // Derived values are lazy: closures, so they read the fields set in the constructor.
  readonly events = $derived.by(() => filterEvents(this.#allInOrder, this.filters));
  // Derived sets are rebuilt, never mutated, so plain Sets are enough.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly eventIds = $derived(new Set(this.events.map((event) => event.id)));
  // With every event shown, every link has both ends on screen: no set of ids to build at load.
  readonly links = $derived.by(() =>
    visibleLinks(this.dataset.links, this.events.length === this.total ? null : this.eventIds, this.filters),
  );
  // The index is built at the first search: most readers never search, and on 10,000 events it costs ~100 ms.
  readonly hits = $derived.by(() => {
    if (!this.query.trim()) return [];
    this.#searchIndex ??= buildSearchIndex(this.dataset, this.language);
    return this.#searchIndex.search(this.query).filter((hit) => this.eventIds.has(hit.id));
  });
  /** The events of `hits`, best first: looked up by id, since a short query can match thousands. */
  readonly hitEvents = $derived.by(() => {
    if (this.hits.length === 0) return [];
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const byId = (this.#eventById ??= new Map(this.dataset.events.map((event) => [event.id, event])));
    return this.hits.map((hit) => byId.get(hit.id)!);
  });
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly matches = $derived(this.query.trim() ? new Set(this.hits.map((hit) => hit.id)) : null);
  // Read at every load, mostly with nothing selected: then no search through the events.
  readonly selectedEvent = $derived.by(() =>
    this.selectedId === null
      ? null
      : (this.dataset.events.find((event) => event.id === this.selectedId) ?? null),
  );

  /** The chain of the hovered event, or else of the selected one, among the visible links. */
  readonly chain = $derived.by(() => {
    const id = [this.hoveredId, this.selectedId].find(
      (candidate) => candidate && this.eventIds.has(candidate),
    );
    return id ? { id, chain: chainOf(id, this.links) } : null;
  });

  get total(): number {
    return this.dataset.events.length;
  }

  apply(state: ViewState) {
    const known = state.event && this.dataset.events.some((event) => event.id === state.event);
    this.selectedId = known ? state.event : null;
    this.filters = state.filters;
    this.query = state.query;
    this.view = state.view;
    this.window = state.window;
  }

  toViewState(): ViewState {
    return {
      event: this.selectedId,
      window: this.window,
      filters: this.filters,
      query: this.query,
      view: this.view,
    };
  }
}
