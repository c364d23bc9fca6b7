import { beforeAll, describe, expect, it } from 'vitest';
import { TimelineState } from './timeline-state.svelte';
import { DEFAULT_FILTERS, parseViewState, writeViewState, type Filters } from './view-state';
import { validateDatasetText } from '../validate/validate-dataset';
import { readProjectFile } from '../../../tests/helpers/files';
import { parsePartialDate } from '../model/dates';
import { QUAD_CLASS_OF } from '../model/vocabulary';
import type { Dataset, TimelineEvent } from '../model/schema';

const WITHDRAWAL = '2020-10-15-russia-quits-mh17-consultations';
const SUMMONS = '2020-10-15-nl-summons-russian-ambassador-talks';
const SVR_EXPULSION = '2020-12-10-aivd-exposes-two-svr-officers';
const RUSSIAN_REPLY = '2021-01-18-russia-expels-two-dutch-diplomats';
const MH17_DOWNED = '2014-07-17-mh17-shot-down';

let dataset: Dataset;
beforeAll(() => {
  const result = validateDatasetText(readProjectFile('data/nl-ru.json'));
  if (!result.ok) throw new Error(`data/nl-ru.json is invalid: ${result.problems[0]?.message}`);
  dataset = result.dataset;
});

/** A timeline opened at a URL query string. */
const openAt = (search = '') => new TimelineState(dataset, parseViewState(search));

/** A timeline with default state apart from the given filters. */
function filteredBy(filters: Partial<Filters>): TimelineState {
  const timeline = openAt();
  timeline.filters = { ...DEFAULT_FILTERS, ...filters };
  return timeline;
}

const ids = (events: readonly { id: string }[]) => events.map((event) => event.id);
const startOf = (event: TimelineEvent) => parsePartialDate(event.date)!.start.getTime();
const eventById = (id: string) => dataset.events.find((event) => event.id === id)!;

describe('TimelineState', () => {
  describe('period', () => {
    const day = (date: Date) => date.toISOString().slice(0, 10);

    it('spans every event, whatever the filters show', () => {
      const timeline = filteredBy({ fromYear: 2020, toYear: 2020 });
      const starts = dataset.events.map(startOf);
      expect(timeline.period.start.getTime()).toBe(Math.min(...starts));
      expect(timeline.events.every((event) => event.date.startsWith('2020'))).toBe(true);
      const ends = dataset.events.map((event) => parsePartialDate(event.end ?? event.date)!.end.getTime());
      expect(timeline.period.end.getTime()).toBe(Math.max(...ends));
    });

    it('is the day the dataset was updated when it has no events', () => {
      const timeline = new TimelineState({ ...dataset, events: [], links: [] }, parseViewState(''));
      expect([day(timeline.period.start), day(timeline.period.end)]).toEqual([
        dataset.updated,
        day(new Date(Date.parse(dataset.updated) + 86_400_000)),
      ]);
    });
  });

  describe('apply', () => {
    it('selects an event named in the URL', () => {
      const timeline = openAt(`?event=${SVR_EXPULSION}`);
      expect(timeline.selectedId).toBe(SVR_EXPULSION);
      expect(timeline.selectedEvent?.id).toBe(SVR_EXPULSION);
    });

    it('ignores an event the dataset does not have', () => {
      const timeline = openAt('?event=2099-01-01-no-such-event');
      expect(timeline.selectedId).toBeNull();
      expect(timeline.selectedEvent).toBeNull();
    });

    it('replaces the selection, filters, query, view and window on a later apply', () => {
      const timeline = openAt(`?event=${SVR_EXPULSION}&q=gas`);
      timeline.apply(
        parseViewState('?actors=ru&years=2018&q=expels&view=list&from=2018-01-01&to=2018-12-31'),
      );
      expect(timeline.selectedId).toBeNull();
      expect(timeline.filters).toEqual({ ...DEFAULT_FILTERS, actors: ['ru'], fromYear: 2018, toYear: 2018 });
      expect(timeline.query).toBe('expels');
      expect(timeline.view).toBe('list');
      expect(timeline.window).toEqual({ from: '2018-01-01', to: '2018-12-31' });
    });

    it('reads the language from the dataset and counts every event as the total', () => {
      const timeline = openAt('?actors=ru');
      expect(timeline.language).toBe('en');
      expect(timeline.total).toBe(dataset.events.length);
    });
  });

  describe('events', () => {
    it('shows every event, in time order, when nothing is filtered', () => {
      const timeline = openAt();
      expect([...ids(timeline.events)].sort()).toEqual(ids(dataset.events).sort());
      const starts = timeline.events.map(startOf);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    });

    it('puts a same-day response after the event it answers', () => {
      const order = ids(openAt().events);
      // By id alone the Dutch summons ("nl-…") would sort before the Russian withdrawal ("russia-…").
      expect(order.indexOf(WITHDRAWAL)).toBeGreaterThanOrEqual(0);
      expect(order.indexOf(SUMMONS)).toBe(order.indexOf(WITHDRAWAL) + 1);
    });

    it.each<[string, Partial<Filters>, (event: TimelineEvent) => boolean]>([
      ['by actor', { actors: ['ru'] }, (event) => event.actors.includes('ru')],
      [
        'by kind of act',
        { quadClasses: ['verbal-cooperation', 'material-cooperation'] },
        (event) => QUAD_CLASS_OF[event.category.type].endsWith('-cooperation'),
      ],
      [
        'by period',
        { fromYear: 2018, toYear: 2019 },
        (event) => event.date.slice(0, 4) <= '2019' && (event.end ?? event.date).slice(0, 4) >= '2018',
      ],
    ])('follows the filters %s and stays in time order', (_, filters, passes) => {
      const timeline = filteredBy(filters);
      const expected = ids(openAt().events.filter(passes));
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(dataset.events.length);
      expect(ids(timeline.events)).toEqual(expected);
    });

    it('updates when the filters change', () => {
      const timeline = openAt();
      timeline.filters = { ...DEFAULT_FILTERS, actors: ['nl'] };
      expect(timeline.events.every((event) => event.actors.includes('nl'))).toBe(true);
      expect(timeline.eventIds.has(WITHDRAWAL)).toBe(false);
      timeline.filters = DEFAULT_FILTERS;
      expect(timeline.eventIds.has(WITHDRAWAL)).toBe(true);
    });
  });

  describe('links', () => {
    it('keeps every link when nothing is filtered', () => {
      expect(openAt().links).toEqual(dataset.links);
    });

    it('drops links with an end that is filtered out', () => {
      const timeline = filteredBy({ actors: ['nl'] });
      const withdrawalToSummons = dataset.links.find(
        (link) => link.from === WITHDRAWAL && link.to === SUMMONS,
      );
      expect(withdrawalToSummons).toBeDefined();
      expect(timeline.links).not.toContain(withdrawalToSummons);
      expect(timeline.links.length).toBeGreaterThan(0);
      for (const link of timeline.links) {
        expect(
          timeline.eventIds.has(link.from) && timeline.eventIds.has(link.to),
          `${link.from} → ${link.to}`,
        ).toBe(true);
      }
    });

    it.each<[string, Partial<Filters>]>([
      ['link kind', { linkKinds: ['reciprocal', 'retaliation'] }],
      ['evidence', { evidence: ['alleged'] }],
    ])('keeps only links of the chosen %s', (_, filters) => {
      const timeline = filteredBy(filters);
      const expected = dataset.links.filter(
        (link) =>
          (filters.linkKinds ?? [link.kind]).includes(link.kind) &&
          (filters.evidence ?? [link.evidence]).includes(link.evidence),
      );
      expect(expected.length).toBeGreaterThan(0);
      expect(timeline.links).toEqual(expected);
    });

    it('leaves the events alone when only link filters are set', () => {
      expect(filteredBy({ linkKinds: ['procedural'], evidence: ['explicit'] }).events).toHaveLength(
        dataset.events.length,
      );
    });
  });

  describe('hits and matches', () => {
    it.each(['', '   '])('finds nothing, and marks nothing, for the blank query %j', (query) => {
      const timeline = openAt();
      timeline.query = query;
      expect(timeline.hits).toEqual([]);
      expect(timeline.matches).toBeNull();
    });

    it('finds the events that match the query and marks them', () => {
      const timeline = openAt('?q=expels');
      expect(ids(timeline.hits)).toEqual(
        expect.arrayContaining([SVR_EXPULSION, '2018-03-30-russia-expels-two-dutch-diplomats']),
      );
      expect(timeline.matches).toEqual(new Set(ids(timeline.hits)));
    });

    it('gives the events of the hits, in the order of the hits', () => {
      const timeline = openAt('?q=expels');
      expect(timeline.hitEvents.map((event) => event.id)).toEqual(ids(timeline.hits));
      expect(timeline.hitEvents[0]).toBe(eventById(timeline.hits[0]!.id));
      timeline.query = '';
      expect(timeline.hitEvents).toEqual([]);
    });

    it('follows the query as it changes', () => {
      const timeline = openAt('?q=expels');
      timeline.query = 'mh17 shot down';
      expect(ids(timeline.hits)[0]).toBe(MH17_DOWNED);
      expect(timeline.matches?.has(SVR_EXPULSION)).toBe(false);
    });

    it('leaves out events the filters hide', () => {
      const all = openAt('?q=expels');
      const russian = openAt('?q=expels&actors=ru');
      expect(ids(russian.hits)).toEqual(ids(all.hits).filter((id) => eventById(id).actors.includes('ru')));
      expect(russian.hits.length).toBeGreaterThan(0);
      expect(russian.matches?.has(SVR_EXPULSION)).toBe(false);
    });

    it('marks nothing, rather than everything, when the filters hide every hit', () => {
      const timeline = openAt('?q=expels&years=2013');
      expect(timeline.hits).toEqual([]);
      expect(timeline.matches).toEqual(new Set());
    });
  });

  describe('chain', () => {
    it('is null when nothing is selected or hovered', () => {
      expect(openAt().chain).toBeNull();
    });

    it('is the selected event’s chain', () => {
      const timeline = openAt(`?event=${SVR_EXPULSION}`);
      expect(timeline.chain?.id).toBe(SVR_EXPULSION);
      expect(timeline.chain?.chain.consequences).toContain(RUSSIAN_REPLY);
    });

    it('is the hovered event’s chain while one is hovered, and the selected one’s again after', () => {
      const timeline = openAt(`?event=${SVR_EXPULSION}`);
      timeline.hoveredId = SUMMONS;
      expect(timeline.chain?.id).toBe(SUMMONS);
      expect(timeline.chain?.chain.causes).toContain(WITHDRAWAL);
      timeline.hoveredId = null;
      expect(timeline.chain?.id).toBe(SVR_EXPULSION);
    });

    it('falls back to the selected event when the hovered one is filtered out', () => {
      const timeline = openAt(`?event=${SVR_EXPULSION}&actors=nl`);
      timeline.hoveredId = WITHDRAWAL;
      expect(timeline.chain?.id).toBe(SVR_EXPULSION);
    });

    it('is null when the selected event is filtered out', () => {
      const timeline = openAt(`?event=${SVR_EXPULSION}&actors=ru`);
      expect(timeline.selectedId).toBe(SVR_EXPULSION);
      expect(timeline.chain).toBeNull();
    });

    it('follows only the links the filters keep', () => {
      const timeline = openAt(`?event=${SVR_EXPULSION}&links=procedural`);
      expect(timeline.chain?.chain.consequences).not.toContain(RUSSIAN_REPLY);
    });
  });

  describe('toViewState', () => {
    it.each([
      '',
      `?event=${SVR_EXPULSION}`,
      '?from=2018-01-01&to=2021-12-31',
      '?actors=nl,ru&categories=verbal-conflict,material-conflict&links=reciprocal&evidence=explicit',
      '?years=2014-2018',
      '?years=-2018',
      '?q=expels',
      '?view=list',
      `?event=${SVR_EXPULSION}&from=2020-01-01&to=2021-12-31&actors=nl&years=2020-2021&q=svr&view=list`,
    ])('writes back the URL %j it was opened at', (search) => {
      expect(writeViewState(openAt(search).toViewState(), '')).toBe(search);
    });

    it('round-trips changes made after opening', () => {
      const timeline = openAt();
      timeline.selectedId = RUSSIAN_REPLY;
      timeline.filters = { ...DEFAULT_FILTERS, quadClasses: ['material-conflict'], fromYear: 2020 };
      timeline.query = 'diplomats';
      timeline.view = 'list';
      timeline.window = { from: '2020-06-01', to: '2021-06-01' };
      const state = timeline.toViewState();
      expect(parseViewState(writeViewState(state, '?data=nl-ru.json'))).toEqual(state);
    });

    it('does not write the hovered event', () => {
      const timeline = openAt();
      timeline.hoveredId = SVR_EXPULSION;
      expect(writeViewState(timeline.toViewState(), '')).toBe('');
    });
  });
});
