import { describe, expect, it } from 'vitest';
import { timelineEvent } from '../../../tests/helpers/build-event';
import { eventPassesFilters, filterEvents, linkPassesFilters, visibleLinks } from './filter-events';
import { DEFAULT_FILTERS, type Filters } from '../state/view-state';
import type { Link, TimelineEvent } from './schema';

const filters = (narrowing: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...narrowing });

// Real shapes from the NL–RU timeline: a day, a month, a year, and a ranged event.
const nlExpelsTwo = timelineEvent('2018-04-13-nl-expels-gru-officers', '2018-04-13');
const ruExpelsTwo = timelineEvent('2018-04-ru-expels-dutch-diplomats', '2018-04', {
  actors: ['ru'],
  targets: ['nl'],
});
const mh17Downed = timelineEvent('2014-07-17-mh17-downed', '2014-07-17', {
  actors: ['separatist-forces'],
  targets: ['nl', 'au'],
  category: { type: 'ASSAULT' },
});
const jitInvestigation = timelineEvent('2014-jit-investigation', '2014-08', {
  end: '2016-09',
  actors: ['jit', 'nl', 'au'],
  category: { type: 'CONSULT', mode: 'legal' },
});
const ruAccuses = timelineEvent('2016-ru-accuses-jit', '2016', {
  actors: ['ru'],
  category: { type: 'ACCUSE' },
});

const events = [nlExpelsTwo, ruExpelsTwo, mh17Downed, jitInvestigation, ruAccuses];

describe('eventPassesFilters', () => {
  it.each<[string, TimelineEvent, Partial<Filters>, boolean]>([
    ['any event with no filters', mh17Downed, {}, true],
    ['an event by one of the chosen actors', nlExpelsTwo, { actors: ['ru', 'nl'] }, true],
    ['an event by several actors when one of them is chosen', jitInvestigation, { actors: ['au'] }, true],
    ['no event whose actors were not chosen', ruExpelsTwo, { actors: ['nl'] }, false],
    ['no event whose chosen actor is only its target', mh17Downed, { actors: ['nl'] }, false],
    ['no event when the list of actors is empty', nlExpelsTwo, { actors: [] }, false],
    ['a sanction under material conflict', nlExpelsTwo, { quadClasses: ['material-conflict'] }, true],
    [
      'an accusation under verbal conflict',
      ruAccuses,
      { quadClasses: ['verbal-conflict', 'verbal-cooperation'] },
      true,
    ],
    [
      'no consultation under conflict',
      jitInvestigation,
      { quadClasses: ['verbal-conflict', 'material-conflict'] },
      false,
    ],
    [
      'an event that matches every filter',
      ruAccuses,
      { actors: ['ru'], quadClasses: ['verbal-conflict'], fromYear: 2016 },
      true,
    ],
    [
      'no event that fails one of several filters',
      ruAccuses,
      { actors: ['ru'], quadClasses: ['material-conflict'] },
      false,
    ],
  ])('lets through %s', (_, event, narrowing, expected) => {
    expect(eventPassesFilters(event, filters(narrowing))).toBe(expected);
  });

  it.each<[string, TimelineEvent, number | null, number | null, boolean]>([
    ['a day inside the range', nlExpelsTwo, 2010, 2020, true],
    ['a day in the first year of the range', mh17Downed, 2014, 2018, true],
    ['a day in the last year of the range', nlExpelsTwo, 2014, 2018, true],
    ['a day before the range', mh17Downed, 2015, 2018, false],
    ['a day after the range', nlExpelsTwo, 2014, 2017, false],
    ['a year-precision event in a range of that year alone', ruAccuses, 2016, 2016, true],
    ['a month-precision event after an open-ended start', ruExpelsTwo, 2018, null, true],
    ['a day before an open-ended end', mh17Downed, null, 2014, true],
    ['a day after an open-ended end', nlExpelsTwo, null, 2017, false],
    ['a ranged event that starts before the range and ends in it', jitInvestigation, 2016, 2018, true],
    ['a ranged event that starts in the range and ends after it', jitInvestigation, 2010, 2014, true],
    ['a ranged event that spans the whole range', jitInvestigation, 2015, 2015, true],
    ['a ranged event that ends before the range', jitInvestigation, 2017, null, false],
    ['a ranged event that starts after the range', jitInvestigation, null, 2013, false],
  ])('judges %s by its years (%s to %s)', (_, event, fromYear, toYear, expected) => {
    expect(eventPassesFilters(event, filters({ fromYear, toYear }))).toBe(expected);
  });
});

describe('filterEvents', () => {
  it('keeps the very list when nothing narrows the events (link filters do not)', () => {
    expect(filterEvents(events, filters({ linkKinds: ['retaliation'], evidence: ['explicit'] }))).toBe(
      events,
    );
  });

  it('keeps the events that pass, in their input order', () => {
    const kept = filterEvents(events, filters({ actors: ['nl', 'ru'], fromYear: 2016 }));
    expect(kept.map((event) => event.id)).toEqual([
      nlExpelsTwo.id,
      ruExpelsTwo.id,
      jitInvestigation.id,
      ruAccuses.id,
    ]);
  });

  it('returns the very list when nothing is filtered', () => {
    expect(filterEvents(events, DEFAULT_FILTERS)).toBe(events);
  });

  it('leaves its input alone', () => {
    const input = [...events];
    filterEvents(input, filters({ actors: ['ru'] }));
    expect(input).toEqual(events);
  });
});

const link = (from: string, to: string, kind: Link['kind'], evidence: Link['evidence']): Link => ({
  from,
  to,
  kind,
  evidence,
});
const reciprocalExpulsion = link(nlExpelsTwo.id, ruExpelsTwo.id, 'reciprocal', 'explicit');
const accusationAnswer = link(jitInvestigation.id, ruAccuses.id, 'response', 'contextual');
const allegedRetaliation = link(mh17Downed.id, nlExpelsTwo.id, 'retaliation', 'alleged');

describe('linkPassesFilters', () => {
  it.each<[string, Link, Partial<Filters>, boolean]>([
    ['any link with no filters', allegedRetaliation, {}, true],
    ['a link of a chosen kind', reciprocalExpulsion, { linkKinds: ['retaliation', 'reciprocal'] }, true],
    ['no link of another kind', accusationAnswer, { linkKinds: ['retaliation', 'reciprocal'] }, false],
    ['a link with chosen evidence', accusationAnswer, { evidence: ['explicit', 'contextual'] }, true],
    ['no link with other evidence', allegedRetaliation, { evidence: ['explicit', 'contextual'] }, false],
    ['no link when the list of kinds is empty', reciprocalExpulsion, { linkKinds: [] }, false],
    [
      'no link that fails one of two filters',
      allegedRetaliation,
      { linkKinds: ['retaliation'], evidence: ['explicit'] },
      false,
    ],
    [
      'a link whatever the event filters',
      reciprocalExpulsion,
      { actors: ['au'], fromYear: 1990, toYear: 1991 },
      true,
    ],
  ])('lets through %s', (_, candidate, narrowing, expected) => {
    expect(linkPassesFilters(candidate, filters(narrowing))).toBe(expected);
  });
});

describe('visibleLinks', () => {
  const links = [reciprocalExpulsion, accusationAnswer, allegedRetaliation];
  const ids = (list: readonly TimelineEvent[]) => new Set(list.map((event) => event.id));

  it('takes null ids to mean every event is shown, and still applies the link filters', () => {
    expect(visibleLinks(links, null, DEFAULT_FILTERS)).toEqual(links);
    expect(visibleLinks(links, null, filters({ evidence: ['alleged'] }))).toEqual(
      visibleLinks(links, ids(events), filters({ evidence: ['alleged'] })),
    );
  });

  it.each<[string, TimelineEvent[], Partial<Filters>, Link[]]>([
    ['keeps every link when every event is visible', events, {}, links],
    [
      'drops a link whose trigger is hidden',
      [nlExpelsTwo, ruExpelsTwo, ruAccuses],
      {},
      [reciprocalExpulsion],
    ],
    [
      'drops a link whose answer is hidden',
      [mh17Downed, jitInvestigation, ruAccuses],
      {},
      [accusationAnswer],
    ],
    [
      'drops links that fail the filters even with both ends visible',
      events,
      { evidence: ['explicit'] },
      [reciprocalExpulsion],
    ],
    ['keeps nothing when no event is visible', [], {}, []],
  ])('%s', (_, visibleEvents, narrowing, expected) => {
    expect(visibleLinks(links, ids(visibleEvents), filters(narrowing))).toEqual(expected);
  });
});
