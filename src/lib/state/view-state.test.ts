import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FILTERS,
  DEFAULT_VIEW_STATE,
  MAX_QUERY_LENGTH,
  filtersAreDefault,
  parseViewState,
  writeViewState,
  type Filters,
  type ViewState,
} from './view-state';

/** A view state that differs from the default only where told. */
function viewState({
  filters,
  ...rest
}: Partial<Omit<ViewState, 'filters'>> & { filters?: Partial<Filters> } = {}): ViewState {
  return { ...DEFAULT_VIEW_STATE, ...rest, filters: { ...DEFAULT_FILTERS, ...filters } };
}

describe('parseViewState', () => {
  it.each(['', '?', '?data=nl-ru.json&embed&theme=dark'])('reads %j as the default state', (search) => {
    expect(parseViewState(search)).toEqual(DEFAULT_VIEW_STATE);
  });

  it.each<[string, string, Partial<ViewState>]>([
    ['a selected event', '?event=2014-07-17-mh17-downed', { event: '2014-07-17-mh17-downed' }],
    ['an event id with capitals as no selection', '?event=MH17', { event: null }],
    ['an event id with a path in it as no selection', '?event=..%2Fsecret', { event: null }],
    ['an event id with a double hyphen as no selection', '?event=mh17--downed', { event: null }],
    ['an empty event id as no selection', '?event=', { event: null }],
    ['the first of repeated event ids', '?event=first&event=second', { event: 'first' }],
    ['a window', '?from=2014-01-01&to=2018-12-31', { window: { from: '2014-01-01', to: '2018-12-31' } }],
    [
      'a one-day window',
      '?from=2014-07-17&to=2014-07-17',
      { window: { from: '2014-07-17', to: '2014-07-17' } },
    ],
    [
      'a window given backwards as the same window',
      '?from=2018-12-31&to=2014-01-01',
      { window: { from: '2014-01-01', to: '2018-12-31' } },
    ],
    ['a window with only one end as no window', '?from=2014-01-01', { window: null }],
    [
      'a window with a day that does not exist as no window',
      '?from=2020-02-30&to=2020-03-01',
      { window: null },
    ],
    ['a window with a month for a day as no window', '?from=2020-02&to=2020-03-01', { window: null }],
    ['a window with unpadded numbers as no window', '?from=2020-2-3&to=2020-03-01', { window: null }],
    ['search text', '?q=M%C3%A1xima+Kyiv', { query: 'Máxima Kyiv' }],
    ['search text with spaces kept as typed', '?q=expels+', { query: 'expels ' }],
    ['the list view', '?view=list', { view: 'list' }],
    ['an unknown view as the chart', '?view=grid', { view: 'chart' }],
  ])('reads %s', (_, search, expected) => {
    expect(parseViewState(search)).toEqual(viewState(expected));
  });

  it.each<[string, string, Partial<Filters>]>([
    ['actor ids', '?actors=nl,ru', { actors: ['nl', 'ru'] }],
    ['actor ids sorted and without repeats', '?actors=ru,nl,ru', { actors: ['nl', 'ru'] }],
    ['actor ids with encoded commas', '?actors=nl%2Cru', { actors: ['nl', 'ru'] }],
    ['actor ids, dropping ones that are not slugs', '?actors=NL,ru,r%C3%BC', { actors: ['ru'] }],
    ['a list of no valid actor ids as all actors', '?actors=,,NL', { actors: null }],
    [
      'quad classes in canonical order',
      '?categories=material-conflict,verbal-conflict',
      { quadClasses: ['verbal-conflict', 'material-conflict'] },
    ],
    [
      'quad classes, dropping unknown ones',
      '?categories=bogus,verbal-conflict',
      { quadClasses: ['verbal-conflict'] },
    ],
    ['a list of unknown quad classes as all', '?categories=SANCTION', { quadClasses: null }],
    [
      'link kinds in canonical order',
      '?links=reciprocal,retaliation',
      { linkKinds: ['retaliation', 'reciprocal'] },
    ],
    ['an empty list of link kinds as all', '?links=', { linkKinds: null }],
    ['evidence levels', '?evidence=alleged,explicit', { evidence: ['explicit', 'alleged'] }],
    ['a list of unknown evidence levels as all', '?evidence=proven', { evidence: null }],
    ['a year range', '?years=2014-2018', { fromYear: 2014, toYear: 2018 }],
    ['a year range open at the end', '?years=2014-', { fromYear: 2014, toYear: null }],
    ['a year range open at the start', '?years=-2018', { fromYear: null, toYear: 2018 }],
    ['a single year as that year alone', '?years=2014', { fromYear: 2014, toYear: 2014 }],
    ['a year range given backwards as the same range', '?years=2018-2014', { fromYear: 2014, toYear: 2018 }],
    ['a year range open at both ends as no range', '?years=-', { fromYear: null, toYear: null }],
    ['two-digit years as no range', '?years=14-18', { fromYear: null, toYear: null }],
    ['words as no range', '?years=recent', { fromYear: null, toYear: null }],
    ['three years as no range', '?years=2014-2016-2018', { fromYear: null, toYear: null }],
  ])('reads %s', (_, search, expected) => {
    expect(parseViewState(search).filters).toEqual({ ...DEFAULT_FILTERS, ...expected });
  });

  it('cuts search text longer than the limit, without splitting a character', () => {
    // The leading "a" puts a cut by UTF-16 unit in the middle of a duck.
    const query = parseViewState(`?q=a${'🦆'.repeat(MAX_QUERY_LENGTH)}`).query;
    expect(query).toBe(`a${'🦆'.repeat(MAX_QUERY_LENGTH - 1)}`);
  });

  it('keeps search text at the limit whole', () => {
    const query = 'a'.repeat(MAX_QUERY_LENGTH);
    expect(parseViewState(`?q=${query}`).query).toBe(query);
  });

  it('returns a new object each time, so changing one result cannot change the defaults', () => {
    const state = parseViewState('');
    expect(state).not.toBe(DEFAULT_VIEW_STATE);
    expect(state.filters).not.toBe(DEFAULT_FILTERS);
  });
});

describe('writeViewState', () => {
  it('writes nothing for the default state', () => {
    expect(writeViewState(DEFAULT_VIEW_STATE, '')).toBe('');
  });

  it('writes every parameter in a fixed order, with readable commas', () => {
    const state = viewState({
      view: 'list',
      query: 'expels',
      filters: {
        toYear: 2018,
        fromYear: 2014,
        evidence: ['explicit'],
        linkKinds: ['retaliation', 'reciprocal'],
        quadClasses: ['verbal-conflict', 'material-conflict'],
        actors: ['nl', 'ru'],
      },
      window: { from: '2014-01-01', to: '2018-12-31' },
      event: '2014-07-17-mh17-downed',
    });
    expect(writeViewState(state, '')).toBe(
      '?event=2014-07-17-mh17-downed&from=2014-01-01&to=2018-12-31&actors=nl,ru' +
        '&categories=verbal-conflict,material-conflict&links=retaliation,reciprocal&evidence=explicit' +
        '&years=2014-2018&q=expels&view=list',
    );
  });

  it('writes lists in canonical order, whatever order they were chosen in', () => {
    const clicked = viewState({
      filters: {
        actors: ['ru', 'nl'],
        quadClasses: ['material-conflict', 'verbal-cooperation'],
        linkKinds: ['procedural', 'retaliation'],
        evidence: ['alleged', 'explicit'],
      },
    });
    expect(writeViewState(clicked, '')).toBe(
      '?actors=nl,ru&categories=verbal-cooperation,material-conflict&links=retaliation,procedural' +
        '&evidence=explicit,alleged',
    );
  });

  it('writes repeated list items once', () => {
    const state = viewState({ filters: { actors: ['nl', 'nl'], evidence: ['explicit', 'explicit'] } });
    expect(writeViewState(state, '')).toBe('?actors=nl&evidence=explicit');
  });

  it.each<[string, Partial<Filters>, string]>([
    ['a closed range', { fromYear: 2014, toYear: 2018 }, '?years=2014-2018'],
    ['a range open at the end', { fromYear: 2014 }, '?years=2014-'],
    ['a range open at the start', { toYear: 2018 }, '?years=-2018'],
    ['a single year', { fromYear: 2014, toYear: 2014 }, '?years=2014'],
  ])('writes %s of years', (_, filters, expected) => {
    expect(writeViewState(viewState({ filters }), '')).toBe(expected);
  });

  it('writes an empty list as all, since the URL cannot say "none"', () => {
    const state = viewState({ filters: { actors: [], quadClasses: [], linkKinds: [], evidence: [] } });
    expect(writeViewState(state, '')).toBe('');
  });

  it.each<[string, string, ViewState, string]>([
    [
      'keeps parameters it does not own byte for byte, in their order, before its own',
      '?data=https://example.org/nl-ru.json&embed&theme=dark&lang=nl',
      viewState({ event: 'a' }),
      '?data=https://example.org/nl-ru.json&embed&theme=dark&lang=nl&event=a',
    ],
    [
      'replaces its own parameters wherever they were, rather than repeating them',
      '?event=old&lang=nl&q=old&event=older',
      viewState({ event: 'new' }),
      '?lang=nl&event=new',
    ],
    [
      'removes its own parameters when they return to their defaults',
      '?view=list&lang=nl&q=expels&years=2014-',
      DEFAULT_VIEW_STATE,
      '?lang=nl',
    ],
    [
      'accepts the current search without its "?"',
      'embed=1',
      viewState({ view: 'list' }),
      '?embed=1&view=list',
    ],
    ['drops empty pieces of the current search', '?&&embed=1&', DEFAULT_VIEW_STATE, '?embed=1'],
    [
      'recognises its own parameters even when encoded',
      '?%65vent=old&embed=1',
      DEFAULT_VIEW_STATE,
      '?embed=1',
    ],
  ])('%s', (_, currentSearch, state, expected) => {
    expect(writeViewState(state, currentSearch)).toBe(expected);
  });

  it('encodes search text so that it reads back as typed', () => {
    const query = 'MH17 & Máxima, 100% #1?';
    const search = writeViewState(viewState({ query }), '');
    expect(search).toBe('?q=MH17+%26+M%C3%A1xima,+100%25+%231%3F');
    expect(parseViewState(search).query).toBe(query);
  });
});

describe('parseViewState after writeViewState', () => {
  it.each<[string, ViewState]>([
    ['the default state', DEFAULT_VIEW_STATE],
    ['a selected event', viewState({ event: '2018-04-13-opcw-hack-disrupted' })],
    ['a window', viewState({ window: { from: '2014-07-01', to: '2014-08-31' } })],
    ['a one-day window', viewState({ window: { from: '2014-07-17', to: '2014-07-17' } })],
    ['one actor', viewState({ filters: { actors: ['nl'] } })],
    ['several actors', viewState({ filters: { actors: ['arbitral-tribunal', 'nl', 'ru'] } })],
    [
      'every quad class',
      viewState({
        filters: {
          quadClasses: ['verbal-cooperation', 'material-cooperation', 'verbal-conflict', 'material-conflict'],
        },
      }),
    ],
    ['some link kinds', viewState({ filters: { linkKinds: ['reciprocal', 'de-escalation'] } })],
    ['some evidence levels', viewState({ filters: { evidence: ['contextual', 'alleged'] } })],
    ['a closed year range', viewState({ filters: { fromYear: 2014, toYear: 2018 } })],
    ['a year range open at the end', viewState({ filters: { fromYear: 2014 } })],
    ['a year range open at the start', viewState({ filters: { toYear: 2018 } })],
    ['a single year', viewState({ filters: { fromYear: 2014, toYear: 2014 } })],
    ['search text with punctuation and accents', viewState({ query: 'Máxima & "Kyiv", 50% off?' })],
    ['search text that is only spaces', viewState({ query: '  ' })],
    ['the list view', viewState({ view: 'list' })],
    [
      'everything at once',
      viewState({
        event: 'e1',
        window: { from: '2001-01-01', to: '2003-06-30' },
        filters: {
          actors: ['atlantis', 'lemuria'],
          quadClasses: ['material-conflict'],
          linkKinds: ['retaliation'],
          evidence: ['explicit', 'contextual'],
          fromYear: 2001,
          toYear: 2003,
        },
        query: 'envoy',
        view: 'list',
      }),
    ],
  ])('gives back %s', (_, state) => {
    expect(parseViewState(writeViewState(state, ''))).toEqual(state);
    expect(parseViewState(writeViewState(state, '?data=x.json&actors=old&lang=nl'))).toEqual(state);
  });
});

describe('filtersAreDefault', () => {
  it.each<[string, Partial<Filters>, boolean]>([
    ['no filter', {}, true],
    ['an actor filter', { actors: ['nl'] }, false],
    ['a quad class filter', { quadClasses: ['verbal-conflict'] }, false],
    ['a link kind filter', { linkKinds: ['retaliation'] }, false],
    ['an evidence filter', { evidence: ['explicit'] }, false],
    ['a start year', { fromYear: 2014 }, false],
    ['an end year', { toYear: 2018 }, false],
    ['an empty list, which hides everything', { actors: [] }, false],
  ])('with %s is %s', (_, filters, expected) => {
    expect(filtersAreDefault({ ...DEFAULT_FILTERS, ...filters })).toBe(expected);
  });
});
