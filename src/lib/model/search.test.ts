import { describe, expect, it } from 'vitest';
import { buildSearchIndex, foldForSearch, searchEvents } from './search';
import type { Actor, Dataset, TimelineEvent } from './schema';
import { syntheticDataset } from '../../../scripts/synthetic-dataset';
import { timelineEvent as buildEvent } from '../../../tests/helpers/build-event';

function actor(id: string, name: Actor['name'], shortName: string): Actor {
  return { id, name, shortName, kind: 'state' };
}

/** Events whose summaries hold no words of their own, so only the fields a test sets can match. */
const timelineEvent: typeof buildEvent = (id, date, fields = {}) =>
  buildEvent(id, date, { category: { type: 'CONSULT' }, summary: 'No summary.', ...fields });

function dataset(events: TimelineEvent[]): Dataset {
  return {
    id: 'nl-ru-sample',
    title: 'Netherlands–Russia relations (sample)',
    description: 'A few real events, for search tests.',
    languages: ['en', 'nl'],
    updated: '2026-11-30',
    license: { name: 'CC BY 4.0' },
    parties: ['nl', 'ru'],
    actors: [
      actor('nl', { en: 'Netherlands', nl: 'Nederland' }, 'NL'),
      actor('ru', { en: 'Russia', nl: 'Rusland' }, 'RU'),
      actor('ua', 'Ukraine', 'UA'),
      {
        id: 'opcw',
        name: 'Organisation for the Prohibition of Chemical Weapons',
        shortName: 'OPCW',
        kind: 'organisation',
      },
    ],
    events,
    links: [],
  };
}

const borodinDetained = timelineEvent('2013-10-05-borodin-detained', '2013-10-05', {
  title: 'Dutch police detain Russian minister-counsellor Dmitry Borodin in The Hague',
  summary: 'Police held the diplomat for several hours after a complaint from neighbours.',
  tags: ['borodin', 'diplomacy'],
});
const bilateralYearClosed = timelineEvent('2013-11-09-bilateral-year-closed', '2013-11-09', {
  title: 'King Willem-Alexander and Queen Máxima close the bilateral year in Moscow',
  summary: 'The state visit went ahead despite the Borodin affair.',
  tags: ['diplomacy'],
});
const mh17Downed = timelineEvent('2014-07-17-mh17-downed', '2014-07-17', {
  actors: ['ru'],
  targets: ['nl', 'ua'],
  category: { type: 'ASSAULT' },
  title: 'Flight MH17 shot down over eastern Ukraine',
  summary: 'All 298 people aboard were killed, 196 of them Dutch.',
  tags: ['mh17'],
});
const opcwHackDisrupted = timelineEvent('2018-04-13-opcw-hack-disrupted', '2018-04-13', {
  targets: ['ru', 'opcw'],
  category: { type: 'SANCTION', mode: 'expel' },
  title: 'Dutch intelligence disrupts a GRU hack on the OPCW',
  summary: 'Four Russian officers were expelled the same day.',
  tags: ['cyber', 'expulsion'],
});
const dutchDiplomatsExpelled = timelineEvent('2018-04-ru-expels-dutch-diplomats', '2018-04', {
  actors: ['ru'],
  targets: ['nl'],
  category: { type: 'SANCTION', mode: 'expel' },
  title: { en: 'Russia expels two Dutch diplomats', nl: 'Rusland zet twee Nederlandse diplomaten uit' },
  summary: { en: 'Moscow answered in kind.', nl: 'Moskou antwoordde met gelijke munt.' },
});
const invasion = timelineEvent('2022-02-24-full-scale-invasion', '2022-02-24', {
  actors: ['ru'],
  targets: ['ua'],
  category: { type: 'ASSAULT' },
  title: 'Russia launches a full-scale invasion of Ukraine',
  summary: 'Russian forces advance on Kyiv from the north.',
  tags: ['war'],
});

// Out of time order on purpose: results must not depend on the order of the file.
const sample = dataset([
  invasion,
  dutchDiplomatsExpelled,
  borodinDetained,
  mh17Downed,
  opcwHackDisrupted,
  bilateralYearClosed,
]);

const idsFor = (query: string, language = 'en') => searchEvents(sample, query, language).map((hit) => hit.id);

describe('foldForSearch', () => {
  it.each([
    ['Máxima', 'maxima'],
    ['KYÏV', 'kyiv'],
    ['Lemurië', 'lemurie'],
    ['Curaçao', 'curacao'],
    ['İstanbul', 'istanbul'],
  ])('folds %j to %j', (text, folded) => {
    expect(foldForSearch(text)).toBe(folded);
  });
});

describe('searchEvents', () => {
  it.each<[string, string, string[]]>([
    ['ignores accents in the text', 'maxima', [bilateralYearClosed.id]],
    ['ignores accents and case in the query', 'MÁXIMA', [bilateralYearClosed.id]],
    ['finds a word in the summary', 'kyiv', [invasion.id]],
    ['matches the start of a word', 'exp', [dutchDiplomatsExpelled.id, opcwHackDisrupted.id]],
    ['does not match the middle of a word', 'pels', []],
    ['matches the part of a hyphenated name after the hyphen', 'alexander', [bilateralYearClosed.id]],
    ['matches a hyphenated query as its words', 'willem-alexander', [bilateralYearClosed.id]],
    ['matches numbers', '298', [mh17Downed.id]],
    ['finds events by the short name of a target', 'opcw', [opcwHackDisrupted.id]],
    ['finds events by the full name of a target', 'prohibition chemical', [opcwHackDisrupted.id]],
    ['finds events by a tag', 'cyber', [opcwHackDisrupted.id]],
    ['finds events by a word of a hyphenated tag', 'diplomacy', [borodinDetained.id, bilateralYearClosed.id]],
    ['needs every word to match somewhere', 'russia kyiv', [invasion.id]],
    ['finds nothing when one word matches nowhere', 'russia atlantis', []],
    ['does not care about the order of the words', 'kyiv russia', [invasion.id]],
    ['finds nothing for an empty query', '', []],
    ['finds nothing for a query of spaces', '   ', []],
    ['finds nothing for a query of punctuation', ' – , ', []],
  ])('%s (%j)', (_, query, expected) => {
    expect(idsFor(query)).toEqual(expected);
  });

  it('ranks title matches above actor and tag matches, and those above summary matches', () => {
    expect(searchEvents(sample, 'borodin', 'en')).toEqual([
      { id: borodinDetained.id, score: 4 },
      { id: bilateralYearClosed.id, score: 1 },
    ]);
    expect(searchEvents(sample, 'ukraine', 'en')).toEqual([
      { id: mh17Downed.id, score: 4 },
      { id: invasion.id, score: 4 },
    ]);
    const byActorName = searchEvents(sample, 'netherlands', 'en');
    expect(byActorName.map((hit) => hit.score)).toEqual([2, 2, 2, 2, 2]);
  });

  it('puts later title matches before earlier actor matches', () => {
    // "russia" begins a word of three titles ("Russian" in 2013); in the others Russia is only a target.
    expect(searchEvents(sample, 'russia', 'en')).toEqual([
      { id: borodinDetained.id, score: 4 },
      { id: dutchDiplomatsExpelled.id, score: 4 },
      { id: invasion.id, score: 4 },
      { id: bilateralYearClosed.id, score: 2 },
      { id: mh17Downed.id, score: 2 },
      { id: opcwHackDisrupted.id, score: 2 },
    ]);
  });

  it('adds up what each word of the query is worth', () => {
    expect(searchEvents(sample, 'russia kyiv', 'en')).toEqual([{ id: invasion.id, score: 5 }]);
  });

  it('counts a repeated query word once', () => {
    expect(searchEvents(sample, 'kyiv kyiv', 'en')).toEqual(searchEvents(sample, 'kyiv', 'en'));
  });

  it('breaks ties by date, a month before the days in it, then by id', () => {
    const sameTitle = { title: 'Embassy note', summary: 'A note.' };
    const notes = dataset([
      timelineEvent('b-note', '2020-03-04', sameTitle),
      timelineEvent('c-note', '2020-03-04', sameTitle),
      timelineEvent('a-note', '2020-03-04', sameTitle),
      timelineEvent('month-note', '2020-03', sameTitle),
      timelineEvent('early-note', '2019-12-31', sameTitle),
    ]);
    expect(searchEvents(notes, 'note', 'en').map((hit) => hit.id)).toEqual([
      'early-note',
      'month-note',
      'a-note',
      'b-note',
      'c-note',
    ]);
  });

  it.each<[string, string, string, string[]]>([
    ['searches titles in the chosen language', 'rusland zet', 'nl', [dutchDiplomatsExpelled.id]],
    ['does not search titles in other languages', 'rusland zet', 'en', []],
    // "Nederlandse" in the Dutch title outranks the actor name "Nederland" in the rest.
    [
      'searches actor names in the chosen language',
      'nederland',
      'nl',
      [
        dutchDiplomatsExpelled.id,
        borodinDetained.id,
        bilateralYearClosed.id,
        mh17Downed.id,
        opcwHackDisrupted.id,
      ],
    ],
    ['uses the base language of a regional one', 'moskou', 'nl-BE', [dutchDiplomatsExpelled.id]],
    ["falls back to the dataset's first language", 'moscow answered', 'fr', [dutchDiplomatsExpelled.id]],
  ])('%s', (_, query, language, expected) => {
    expect(idsFor(query, language)).toEqual(expected);
  });
});

describe('buildSearchIndex', () => {
  it('answers many queries from one index, the same as searchEvents', () => {
    const index = buildSearchIndex(sample, 'en');
    for (const query of ['exp', 'russia', 'maxima', 'russia kyiv', '']) {
      expect(index.search(query)).toEqual(searchEvents(sample, query, 'en'));
    }
  });

  it('finds the right events among 10,000', () => {
    const large = syntheticDataset({ events: 10_000 });
    const index = buildSearchIndex(large, 'en');
    // Synthetic titles are made of whole words from a fixed list, repeated in the summary.
    const titleHas = (event: TimelineEvent, word: string) => String(event.title).split(' ').includes(word);
    const expected = large.events
      .filter((event) => titleHas(event, 'expels') && titleHas(event, 'court'))
      .map((event) => event.id);

    const hits = index.search('Expels COURT');
    expect(expected.length).toBeGreaterThan(100);
    expect(new Set(hits.map((hit) => hit.id))).toEqual(new Set(expected));
    expect(hits.every((hit) => hit.score === 8)).toBe(true);
    expect(index.search('event 4242')).toEqual([{ id: 'e4242', score: 2 }]);
  });
});
