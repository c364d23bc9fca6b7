import { describe, expect, it } from 'vitest';
import { readFixture } from '../../../tests/helpers/files';
import { validateDatasetText } from '../validate/validate-dataset';
import { formatPath } from '../validate/describe';
import { importTimelineJs, TimelineJsImportError } from './timelinejs';
import { plainText, slugify } from './html-text';

const OPTIONS = { id: 'atlantis-lemuria', today: '2026-12-01' };
type Event = Record<string, unknown> & { id: string };

function fromFixture(format: 'json' | 'csv') {
  return importTimelineJs({ format, text: readFixture(`timelinejs/atlantis-lemuria.${format}`) }, OPTIONS);
}

/** Imports a JSON timeline built in the test. */
function fromSlides(events: unknown[], rest: Record<string, unknown> = {}) {
  return importTimelineJs({ format: 'json', text: JSON.stringify({ ...rest, events }) }, OPTIONS);
}

const slide = (year: unknown, more: Record<string, unknown> = {}) => ({
  start_date: { year },
  text: { headline: `Event of ${String(year)}` },
  ...more,
});
const eventsOf = (result: { dataset: Record<string, unknown> }) => result.dataset.events as Event[];
const eventById = (result: { dataset: Record<string, unknown> }, id: string) =>
  eventsOf(result).find((event) => event.id === id);

/** Every string anywhere in a value. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(stringsIn);
  return [];
}

describe('importTimelineJs with the TimelineJS JSON fixture', () => {
  const result = fromFixture('json');

  it('titles the dataset with the title slide and describes it with its text, as plain text', () => {
    expect(result.dataset).toMatchObject({
      $schema: './schema.json',
      id: 'atlantis-lemuria',
      title: 'Atlantis–Lemuria relations (invented)',
      description: 'An invented timeline, used to test the TimelineJS import.',
      languages: ['en'],
      updated: '2026-12-01',
      links: [],
    });
  });

  it('leaves out the licence and says so', () => {
    expect(result.dataset).not.toHaveProperty('license');
    expect(result.notes).toContainEqual(expect.stringContaining('No "license"'));
  });

  it('makes one actor per group, of kind "group", and asks for the kinds to be checked', () => {
    expect(result.dataset.actors).toEqual([
      { id: 'atlantis', name: 'Atlantis', shortName: 'Atlantis', kind: 'group' },
      { id: 'lemuria', name: 'Lemuria', shortName: 'Lemuria', kind: 'group' },
      { id: 'ocean-court', name: 'Ocean Court', shortName: 'Ocean Court', kind: 'group' },
    ]);
    expect(result.notes).toContainEqual(expect.stringMatching(/Made 3 actors .* check each kind/));
  });

  it('takes the two groups with the most events as the parties, and says it guessed', () => {
    expect(result.dataset.parties).toEqual(['atlantis', 'lemuria']);
    expect(result.notes).toContainEqual(expect.stringContaining('the two groups with the most events'));
  });

  it('names events after their date and headline, numbering repeats', () => {
    expect(eventsOf(result).map((event) => event.id)).toEqual([
      '2001-03-04-atlantis-expels-a-lemurian-envoy',
      '2001-04-lemuria-expels-an-atlantean-envoy',
      '2002-trade-talks-stall',
      '2005-06-01-fishing-shipping-dispute',
      '2006-01-10-talks-resume',
      '2006-01-10-talks-resume-2',
      '2006-05-lemuria-recalls-its-ambassador-for-consultations',
      '2007-02-joint-statement-on-the-banks',
    ]);
  });

  it.each([
    { id: '2001-03-04-atlantis-expels-a-lemurian-envoy', date: '2001-03-04', end: undefined },
    { id: '2001-04-lemuria-expels-an-atlantean-envoy', date: '2001-04', end: undefined },
    { id: '2002-trade-talks-stall', date: '2002', end: '2004' },
    { id: '2005-06-01-fishing-shipping-dispute', date: '2005-06-01', end: '2005-06-30' },
    { id: '2006-01-10-talks-resume', date: '2006-01-10', end: undefined },
  ])('dates $id as $date with end $end', ({ id, date, end }) => {
    const event = eventById(result, id);
    expect(event?.date).toBe(date);
    expect(event?.end).toBe(end);
  });

  it('gives each event the actor of its group, and none when it has no group', () => {
    expect(eventById(result, '2001-03-04-atlantis-expels-a-lemurian-envoy')?.actors).toEqual(['atlantis']);
    expect(eventById(result, '2006-01-10-talks-resume-2')?.actors).toEqual(['ocean-court']);
    expect(eventById(result, '2007-02-joint-statement-on-the-banks')).not.toHaveProperty('actors');
  });

  it('strips markup, scripts and styles from headlines and text, and decodes entities', () => {
    expect(eventById(result, '2001-03-04-atlantis-expels-a-lemurian-envoy')).toMatchObject({
      title: 'Atlantis expels a Lemurian envoy',
      summary: 'Atlantis declared one envoy persona non grata & gave him 72 hours to leave.',
    });
    expect(eventById(result, '2001-04-lemuria-expels-an-atlantean-envoy')?.summary).toBe(
      'Lemuria called it “reciprocity” — see the statement.',
    );
  });

  it('never writes markup into any text', () => {
    for (const text of stringsIn(result.dataset)) expect(text).not.toMatch(/<\/?[a-z][^>]*>|alert\(/i);
  });

  it('titles an event without a headline with the start of its text', () => {
    expect(eventById(result, '2006-05-lemuria-recalls-its-ambassador-for-consultations')?.title).toBe(
      'Lemuria recalls its ambassador for consultations after a row over fishing…',
    );
  });

  it('uses a web page as a source, published by its host, titled by its caption', () => {
    expect(eventById(result, '2001-03-04-atlantis-expels-a-lemurian-envoy')?.sources).toEqual([
      {
        url: 'https://news.example.org/2001/03/04/atlantis-expels-envoy',
        publisher: 'news.example.org',
        title: 'Example Wire report',
      },
    ]);
  });

  it('does not use an image or a javascript: address as a source, and says so', () => {
    expect(eventById(result, '2001-04-lemuria-expels-an-atlantean-envoy')).not.toHaveProperty('sources');
    expect(eventById(result, '2005-06-01-fishing-shipping-dispute')).not.toHaveProperty('sources');
    const note = result.notes.find((text) => text.startsWith('Not used as a source'));
    expect(note).toContain('an image, https://upload.example.org/photos/embassy.jpg');
    expect(note).toContain('a javascript: address');
    expect(note).not.toContain('document.cookie');
  });

  it('keeps a display date in "note" only when it says more than the date', () => {
    expect(eventById(result, '2002-trade-talks-stall')?.note).toBe(
      'Date given as "Spring 2002 to early 2004".',
    );
    expect(eventById(result, '2007-02-joint-statement-on-the-banks')?.note).toBe(
      'Date given as "Late February 2007".',
    );
    expect(eventById(result, '2001-04-lemuria-expels-an-atlantean-envoy')).not.toHaveProperty('note');
  });

  it('skips an event without a usable date, naming it and why', () => {
    expect(eventsOf(result)).toHaveLength(8);
    expect(result.notes[0]).toBe(
      'Skipped 1 event without a usable date: "A date nobody wrote down properly" (events[7]): the year "MMVI" is not a number. Correct the date in TimelineJS and import again, or add the event by hand.',
    );
  });

  it('lists in plain words what it could not map', () => {
    expect(result.notes).toEqual(
      expect.arrayContaining([
        'Not imported: 1 era, which demarche does not have: "The frosty years" (2001 to 2003).',
        'The title slide gave the dataset its title and description; its media and media.credit were not imported.',
        'Not imported, as demarche has no place for them: media.credit (1 event), start_date.hour (1 event), start_date.minute (1 event), background (1 event), unique_id (1 event).',
        'The text of 1 event had links, removed with the rest of the markup; they may point to sources: "2001-04-lemuria-expels-an-atlantean-envoy".',
      ]),
    );
  });

  it('produces a dataset that lacks only what TimelineJS has no place for', () => {
    const validation = validateDatasetText(JSON.stringify(result.dataset, null, 2));
    expect(validation.ok).toBe(false);
    const missing = new Set(
      validation.ok
        ? []
        : validation.problems.map((problem) => formatPath(problem.path).replace(/\d+/g, '#')),
    );
    expect([...missing].sort()).toEqual([
      'events[#].actors',
      'events[#].category',
      'events[#].sources',
      'license',
    ]);
  });
});

describe('importTimelineJs with the Google Sheets CSV fixture', () => {
  const result = fromFixture('csv');

  it('reads the title row as the title and description', () => {
    expect(result.dataset).toMatchObject({
      title: 'Atlantis–Lemuria relations',
      description: 'An invented timeline, in the spreadsheet template.',
    });
  });

  it('maps rows as the JSON format maps slides, ignoring the blank row', () => {
    const json = fromFixture('json');
    const fromJson = eventsOf(json).slice(0, 6);
    expect(eventsOf(result).map((event) => [event.id, event.date, event.end, event.actors])).toEqual(
      fromJson.map((event) => [event.id, event.date, event.end, event.actors]),
    );
  });

  it('reads quoted text with commas, doubled quotes and line breaks, dropping the script', () => {
    expect(eventById(result, '2001-03-04-atlantis-expels-a-lemurian-envoy')?.summary).toBe(
      'Atlantis said the envoy, a "cultural attaché", had to leave.',
    );
  });

  it('names skipped rows by their spreadsheet row, and lists the era and unused columns', () => {
    expect(result.notes).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          '"A date nobody wrote down properly" (row 11): the year "n/a" is not a number',
        ),
        'Not imported: 1 era, which demarche does not have: "The frosty years" (2001 to 2003).',
        'The title slide gave the dataset its title and description; its media and background were not imported.',
        'Not imported, as demarche has no place for them: Media Credit (1 event), Time (1 event), Background (1 event).',
      ]),
    );
  });

  it('matches columns by name, in any order, case and spacing', () => {
    const csv = ' HEADLINE ,group,year,  Month\nTalks,Atlantis,2001,5\n';
    const { dataset } = importTimelineJs({ format: 'csv', text: csv }, OPTIONS);
    expect(dataset.events).toEqual([
      { id: '2001-05-talks', date: '2001-05', actors: ['atlantis'], title: 'Talks' },
    ]);
  });

  it('reads a second "title" row as an event, as TimelineJS does', () => {
    const csv = 'Year,Headline,Type\n,First,title\n2001,Second,title\n';
    const result = importTimelineJs({ format: 'csv', text: csv }, OPTIONS);
    expect(result.dataset.title).toBe('First');
    expect(eventsOf(result).map((event) => event.title)).toEqual(['Second']);
    expect(result.notes).toContainEqual(expect.stringContaining('Another "title" row (row 3)'));
  });

  it('mentions columns TimelineJS does not define', () => {
    const { notes } = importTimelineJs({ format: 'csv', text: 'Year,Headline,Source\n2001,A,x\n' }, OPTIONS);
    expect(notes).toContainEqual('Ignored 1 column TimelineJS does not define: "Source".');
  });
});

describe('importTimelineJs dates', () => {
  it.each([
    { start: { year: 2014 }, date: '2014' },
    { start: { year: '2014', month: '7' }, date: '2014-07' },
    { start: { year: '2014', month: '07', day: '17' }, date: '2014-07-17' },
    { start: { year: ' 2,014 ', month: '', day: '' }, date: '2014' },
    { start: { year: 812 }, date: '0812' },
    { start: { year: 2016, month: 2, day: 29 }, date: '2016-02-29' },
  ])('reads $start as $date', ({ start, date }) => {
    expect(eventsOf(fromSlides([{ start_date: start, text: { headline: 'X' } }]))[0]?.date).toBe(date);
  });

  it.each([
    { start: undefined, problem: 'no year' },
    { start: { month: 7 }, problem: 'no year' },
    { start: { year: 'MMXIV' }, problem: 'the year "MMXIV" is not a number' },
    { start: { year: -500 }, problem: 'the year -500 is outside 1 to 9999' },
    { start: { year: 2014, month: 13 }, problem: 'the month "13" is not 1 to 12' },
    { start: { year: 2015, month: 2, day: 29 }, problem: '2015-02 has no day "29"' },
    { start: { year: 2014, day: 17 }, problem: 'a day (17) is given without a month' },
  ])('skips a slide dated $start: $problem', ({ start, problem }) => {
    const result = fromSlides([{ start_date: start, text: { headline: 'Undated' } }]);
    expect(result.dataset.events).toEqual([]);
    expect(result.notes[0]).toContain(`"Undated" (events[0]): ${problem}`);
  });

  it.each([
    { end: { year: 2014, month: 7, day: 17 }, expected: undefined },
    { end: { year: 2014, month: 8 }, expected: '2014-08' },
    { end: { year: 2015 }, expected: '2015' },
    { end: { year: '', month: '', day: '' }, expected: undefined },
  ])('ends a slide starting 2014-07-17 that ends $end at $expected', ({ end, expected }) => {
    const [event] = eventsOf(
      fromSlides([{ start_date: { year: 2014, month: 7, day: 17 }, end_date: end, text: { headline: 'X' } }]),
    );
    expect(event?.end).toBe(expected);
  });

  it('ignores an end date without a year, as TimelineJS does, and says so', () => {
    const result = importTimelineJs({ format: 'csv', text: 'Year,End Month,Headline\n2014,8,X\n' }, OPTIONS);
    expect(eventsOf(result)[0]).not.toHaveProperty('end');
    expect(result.notes).toContainEqual(
      'Ignored the end date of "X" (row 2): it has no year (TimelineJS ignores it too).',
    );
  });

  it.each([
    { display: '17 July 2014', kept: false },
    { display: 'July 17th, 2014', kept: false },
    { display: '2014-07-17', kept: false },
    { display: '7/17/2014', kept: false },
    { display: 'Jul 17 2014', kept: false },
    { display: 'Summer 2014', kept: true },
    { display: 'c. 2014', kept: true },
    { display: 'July 2015', kept: true },
  ])('keeps the display date "$display" of 2014-07-17 as a note: $kept', ({ display, kept }) => {
    const [event] = eventsOf(
      fromSlides([
        { start_date: { year: 2014, month: 7, day: 17 }, display_date: display, text: { headline: 'X' } },
      ]),
    );
    expect(event?.note).toBe(kept ? `Date given as "${display}".` : undefined);
  });
});

describe('importTimelineJs parties and actors', () => {
  it('picks the two largest groups even when a smaller one comes first', () => {
    const groups = ['Court', 'Lemuria', 'Atlantis', 'Atlantis', 'Lemuria', 'Atlantis'];
    const result = fromSlides(groups.map((group, i) => slide(2000 + i, { group })));
    expect(result.dataset.parties).toEqual(['atlantis', 'lemuria']);
  });

  it('leaves out the parties when there are fewer than two groups, and says why', () => {
    const result = fromSlides([slide(2001, { group: 'Atlantis' }), slide(2002)]);
    expect(result.dataset).not.toHaveProperty('parties');
    expect(result.notes).toContainEqual(expect.stringContaining('No "parties"'));
  });

  it('gives groups whose names make the same slug different ids', () => {
    const result = fromSlides([slide(2001, { group: 'Atlantis' }), slide(2002, { group: 'ATLANTIS!' })]);
    expect((result.dataset.actors as { id: string }[]).map((actor) => actor.id)).toEqual([
      'atlantis',
      'atlantis-2',
    ]);
  });

  it('titles the dataset with its id when there is no title slide', () => {
    expect(fromSlides([slide(2001)]).dataset.title).toBe('atlantis-lemuria');
  });
});

describe('importTimelineJs media', () => {
  it.each([
    { url: 'https://www.youtube.com/watch?v=abc', problem: undefined },
    { url: 'http://example.org/report.pdf', problem: undefined },
    { url: 'https://example.org/photo.JPG', problem: 'an image' },
    { url: 'https://example.org/speech.mp3', problem: 'an audio file' },
    { url: 'data:text/html;base64,PHNjcmlwdD4=', problem: 'a data: address, not a web page' },
    { url: 'JavaScript:alert(1)', problem: 'a javascript: address, not a web page' },
    { url: '//example.org/page', problem: 'is not a full web address' },
    { url: '<iframe src="https://example.org"></iframe>', problem: 'HTML markup, not a web address' },
    { url: 'https://localhost/page', problem: 'is not a full web address' },
  ])('uses $url as a source unless it is $problem', ({ url, problem }) => {
    const result = fromSlides([slide(2001, { media: { url } })]);
    const [event] = eventsOf(result);
    if (problem) {
      expect(event).not.toHaveProperty('sources');
      expect(result.notes.find((note) => note.startsWith('Not used as a source'))).toContain(problem);
    } else {
      expect(event?.sources).toEqual([{ url, publisher: new URL(url).hostname }]);
    }
  });
});

describe('importTimelineJs refuses what is not a TimelineJS timeline', () => {
  it.each([
    { format: 'json' as const, text: '{"events": [', message: 'not valid JSON' },
    { format: 'json' as const, text: '[]', message: 'no "events" list at the top level' },
    { format: 'json' as const, text: '{"timeline": {"date": []}}', message: 'this is a TimelineJS 2 file' },
    { format: 'csv' as const, text: 'Date,Title\n2001,X\n', message: 'no "Year" column in the first row' },
    { format: 'csv' as const, text: 'Year,Text\n2001,"open\n', message: 'not valid CSV: the quoted field' },
  ])('throws for $format $text', ({ format, text, message }) => {
    const read = () => importTimelineJs({ format, text }, OPTIONS);
    expect(read).toThrow(TimelineJsImportError);
    expect(read).toThrow(message);
  });
});

describe('plainText', () => {
  it.each([
    { html: '<b>Bold</b> and <i>italic</i>', text: 'Bold and italic' },
    { html: '<p>One</p><p>Two</p>', text: 'One Two' },
    { html: 'Line<br>break<br/>here', text: 'Line break here' },
    { html: 'a <script type="text/javascript">alert("x")</script> b', text: 'a b' },
    { html: 'a <SCRIPT>alert(1)</SCRIPT > b', text: 'a b' },
    { html: 'a <style>p { color: red }</style> b', text: 'a b' },
    { html: 'a <script>never closed', text: 'a' },
    { html: 'a <!-- hidden --> b', text: 'a b' },
    { html: '<a href="https://x.org" title="a > b">link</a>', text: 'link' },
    { html: '&amp; &lt; &gt; &quot; &#39; &apos;', text: `& < > " ' '` },
    { html: 'a&nbsp;b', text: 'a b' },
    { html: '&#8212; &#x2014; &mdash;', text: '— — —' },
    { html: '&#0; &#xD800;', text: '\uFFFD \uFFFD' },
    { html: '&amp;lt;b&amp;gt;', text: '&lt;b&gt;' },
    { html: '&unknown;', text: '&unknown;' },
    { html: '  many \n\t spaces  ', text: 'many spaces' },
    { html: 'x < 5 and y > 3', text: 'x < 5 and y > 3' },
  ])('turns $html into $text', ({ html, text }) => {
    expect(plainText(html)).toBe(text);
  });
});

describe('slugify', () => {
  it.each([
    { text: 'Rózsa Péter', slug: 'rozsa-peter' },
    { text: '  Ocean Court!  ', slug: 'ocean-court' },
    { text: 'Timeline (2014–2025).csv', slug: 'timeline-2014-2025-csv' },
    { text: 'Россия', slug: '' },
  ])('makes "$text" into "$slug"', ({ text, slug }) => {
    expect(slugify(text)).toBe(slug);
  });
});
