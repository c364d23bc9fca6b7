import { describe, expect, it } from 'vitest';
import { timelineEvent } from '../../../tests/helpers/build-event';
import { CSV_COLUMNS, csvField, eventsToCsv } from './csv';
import type { Dataset, Link } from '../model/schema';

const opcwHack = timelineEvent('2018-04-13-opcw-hack-disrupted', '2018-04-13', {
  actors: ['nl'],
  targets: ['ru'],
  category: { type: 'COERCE', mode: 'cyber' },
  title: { en: 'Dutch intelligence disrupts GRU hack on the OPCW', nl: 'MIVD verstoort GRU-hack op OPCW' },
  summary: 'The MIVD caught four GRU officers outside the OPCW, in The Hague.',
  figures: { officersExpelled: 4, devicesSeized: 12 },
  sources: [
    { url: 'https://www.defensie.nl/opcw', publisher: 'Defensie' },
    { url: 'https://nos.nl/artikel/2253128', publisher: 'NOS' },
  ],
  tags: ['opcw', 'gru'],
  importance: 5,
  note: { en: 'Made public in October 2018.', nl: 'In oktober 2018 openbaar gemaakt.' },
});
const ruDenies = timelineEvent('2018-10-04-ru-denies', '2018-10-04', {
  actors: ['ru'],
  targets: ['nl', 'opcw'],
  category: { type: 'ACCUSE' },
  title: 'Russia calls it "spy mania"',
  summary: 'Moscow denied it.',
  approximate: true,
});
const jitInvestigation = timelineEvent('2014-jit-investigation', '2014-08', {
  end: '2016-09',
  actors: ['jit', 'nl', 'au'],
  targets: [],
  category: { type: 'CONSULT' },
});

const dataset: Dataset = {
  id: 'nl-ru',
  title: 'Netherlands–Russia',
  description: 'Test data.',
  languages: ['en', 'nl'],
  updated: '2026-01-01',
  license: { name: 'CC BY 4.0' },
  parties: ['nl', 'ru'],
  actors: [
    { id: 'nl', name: { en: 'Netherlands', nl: 'Nederland' }, shortName: 'NL', kind: 'state' },
    { id: 'ru', name: { en: 'Russia', nl: 'Rusland' }, shortName: 'RU', kind: 'state' },
    { id: 'au', name: 'Australia', shortName: 'AU', kind: 'state' },
    { id: 'jit', name: 'Joint Investigation Team', shortName: 'JIT', kind: 'organisation' },
    {
      id: 'opcw',
      name: 'Organisation for the Prohibition of Chemical Weapons',
      shortName: 'OPCW',
      kind: 'organisation',
    },
  ],
  events: [jitInvestigation, opcwHack, ruDenies],
  links: [
    { from: opcwHack.id, to: ruDenies.id, kind: 'retaliation', evidence: 'explicit' },
    { from: jitInvestigation.id, to: ruDenies.id, kind: 'escalation', evidence: 'alleged' },
  ],
};

/** A strict RFC 4180 reader, so the tests check what a spreadsheet program would read. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const next = text[i + 1];
    if (quoted && char === '"' && next === '"') {
      field += '"';
      i++;
    } else if (quoted) {
      if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') {
      quoted = true;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && next === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i++;
    } else if (char === '"' || char === '\r' || char === '\n') {
      throw new Error(`bare ${JSON.stringify(char)} at ${i}`);
    } else {
      field += char;
    }
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || row.length > 0) throw new Error('the last record has no CRLF');
  return rows;
}

/** The rows as objects keyed by column, after the header. */
function records(csv: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(csv.replace(/^\uFEFF/, ''));
  return rows.map((row) => Object.fromEntries(header!.map((column, i) => [column, row[i]!])));
}

describe('csvField', () => {
  it.each<[string, string, string]>([
    ['leaves plain text alone', 'Netherlands', 'Netherlands'],
    ['leaves an empty cell empty', '', ''],
    ['leaves accents and other scripts alone', 'Россия, Nederland é', '"Россия, Nederland é"'],
    ['quotes a comma', 'The Hague, NL', '"The Hague, NL"'],
    ['quotes and doubles a quote', 'called it "spy mania"', '"called it ""spy mania"""'],
    ['quotes a lone quote', '"', '""""'],
    ['quotes a line feed', 'one\ntwo', '"one\ntwo"'],
    ['quotes a carriage return and line feed', 'one\r\ntwo', '"one\r\ntwo"'],
    ['leaves a semicolon alone', 'nl; ru', 'nl; ru'],
    ['guards a formula', '=HYPERLINK("http://x.test","x")', `"'=HYPERLINK(""http://x.test"",""x"")"`],
    ['guards a leading plus', '+31 70 123', "'+31 70 123"],
    ['guards a leading minus that is not a number', '-2+3+cmd|calc', "'-2+3+cmd|calc"],
    ['guards a leading at sign', '@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['guards a leading tab', '\t=1+1', "'\t=1+1"],
    ['guards and quotes a leading carriage return', '\r=1+1', `"'\r=1+1"`],
    ['leaves a plain negative number alone', '-12', '-12'],
    ['leaves a negative decimal alone', '-2.5', '-2.5'],
    ['leaves a date alone', '2018-04-13', '2018-04-13'],
    ['leaves a formula sign inside the text alone', 'a=b', 'a=b'],
  ])('%s', (_, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('eventsToCsv', () => {
  it('starts with a UTF-8 byte order mark by default, so spreadsheets read accents', () => {
    const csv = eventsToCsv([opcwHack], dataset, 'en');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('leaves out the byte order mark when asked', () => {
    const csv = eventsToCsv([opcwHack], dataset, 'en', dataset.links, { bom: false });
    expect(csv.startsWith('id,date,end,')).toBe(true);
  });

  it('writes the header row, then one CRLF-ended row per event in the order given', () => {
    const csv = eventsToCsv([ruDenies, jitInvestigation, opcwHack], dataset, 'en', [], { bom: false });
    const [header, ...rows] = parseCsv(csv);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(csv.split('\r\n')[0]).toBe(
      'id,date,end,approximate,actors,targets,category,mode,title,summary,figures,sources,tags,importance,note,answers,answered_by',
    );
    expect(rows.map((row) => row[0])).toEqual([ruDenies.id, jitInvestigation.id, opcwHack.id]);
    expect(rows.every((row) => row.length === CSV_COLUMNS.length)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes only the header for no events', () => {
    expect(eventsToCsv([], dataset, 'en', [], { bom: false })).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });

  it('writes every field of a full event', () => {
    const [row] = records(eventsToCsv([opcwHack], dataset, 'en'));
    expect(row).toEqual({
      id: '2018-04-13-opcw-hack-disrupted',
      date: '2018-04-13',
      end: '',
      approximate: 'false',
      actors: 'Netherlands',
      targets: 'Russia',
      category: 'COERCE',
      mode: 'cyber',
      title: 'Dutch intelligence disrupts GRU hack on the OPCW',
      summary: 'The MIVD caught four GRU officers outside the OPCW, in The Hague.',
      figures: 'officersExpelled=4; devicesSeized=12',
      sources: 'https://www.defensie.nl/opcw; https://nos.nl/artikel/2253128',
      tags: 'opcw; gru',
      importance: '5',
      note: 'Made public in October 2018.',
      answers: '',
      answered_by: '2018-10-04-ru-denies',
    });
  });

  it('writes the defaults of a sparse event and its date range', () => {
    const [row] = records(eventsToCsv([jitInvestigation], dataset, 'en'));
    expect(row).toMatchObject({
      date: '2014-08',
      end: '2016-09',
      approximate: 'false',
      actors: 'Joint Investigation Team; Netherlands; Australia',
      targets: '',
      mode: '',
      figures: '',
      tags: '',
      importance: '2',
      note: '',
    });
  });

  it('marks an approximate date', () => {
    expect(records(eventsToCsv([ruDenies], dataset, 'en'))[0]!.approximate).toBe('true');
  });

  it.each<[string, string, Record<string, string>]>([
    [
      'Dutch where the data has it',
      'nl',
      {
        actors: 'Nederland',
        targets: 'Rusland',
        title: 'MIVD verstoort GRU-hack op OPCW',
        note: 'In oktober 2018 openbaar gemaakt.',
        summary: 'The MIVD caught four GRU officers outside the OPCW, in The Hague.',
      },
    ],
    [
      'the base language for a regional code',
      'nl-BE',
      { actors: 'Nederland', title: 'MIVD verstoort GRU-hack op OPCW' },
    ],
    [
      "the dataset's first language for a language it lacks",
      'de',
      { actors: 'Netherlands', title: 'Dutch intelligence disrupts GRU hack on the OPCW' },
    ],
  ])('localizes text and actor names: %s', (_, language, expected) => {
    expect(records(eventsToCsv([opcwHack], dataset, language))[0]).toMatchObject(expected);
  });

  it('keeps quotes, commas, newlines and accents intact through a CSV reader', () => {
    const awkward = timelineEvent('2020-awkward', '2020', {
      title: 'Russia calls it "spy mania", again',
      summary: 'Line one,\nline two;\r\nline three: Zeeuws-Vlaanderen, Россия, café',
      note: '""',
    });
    const [row] = records(eventsToCsv([awkward], dataset, 'en'));
    expect(row).toMatchObject({
      title: 'Russia calls it "spy mania", again',
      summary: 'Line one,\nline two;\r\nline three: Zeeuws-Vlaanderen, Россия, café',
      note: '""',
    });
  });

  it('puts an apostrophe before text a spreadsheet would run as a formula', () => {
    const injected = timelineEvent('2020-injected', '2020-01-02', {
      title: '=HYPERLINK("https://evil.test","click")',
      summary: '+cmd|" /C calc"!A0',
      note: '@SUM(1+1)',
      tags: ['opcw'],
    });
    const [row] = records(eventsToCsv([injected], dataset, 'en'));
    expect(row).toMatchObject({
      date: '2020-01-02',
      title: `'=HYPERLINK("https://evil.test","click")`,
      summary: `'+cmd|" /C calc"!A0`,
      note: "'@SUM(1+1)",
      tags: 'opcw',
    });
  });

  it('guards actor names too, since they are dataset text', () => {
    const hostile: Dataset = {
      ...dataset,
      actors: [...dataset.actors, { id: 'x', name: '-1+1', shortName: 'X', kind: 'group' }],
    };
    const [row] = records(eventsToCsv([timelineEvent('2020-x', '2020', { actors: ['x'] })], hostile, 'en'));
    expect(row!.actors).toBe("'-1+1");
  });

  describe('answers and answered_by follow the links', () => {
    it.each<[string, readonly Link[] | undefined, Record<string, [string, string]>]>([
      [
        'every link in the dataset when none are given',
        undefined,
        {
          [jitInvestigation.id]: ['', ruDenies.id],
          [opcwHack.id]: ['', ruDenies.id],
          [ruDenies.id]: [`${opcwHack.id}; ${jitInvestigation.id}`, ''],
        },
      ],
      [
        'only the links given, such as those on screen',
        [dataset.links[0]!],
        {
          [jitInvestigation.id]: ['', ''],
          [opcwHack.id]: ['', ruDenies.id],
          [ruDenies.id]: [opcwHack.id, ''],
        },
      ],
      [
        'none for an empty list',
        [],
        { [jitInvestigation.id]: ['', ''], [opcwHack.id]: ['', ''], [ruDenies.id]: ['', ''] },
      ],
    ])('%s', (_, links, expected) => {
      const rows = records(eventsToCsv(dataset.events, dataset, 'en', links));
      const actual = Object.fromEntries(rows.map((row) => [row.id!, [row.answers!, row.answered_by!]]));
      expect(actual).toEqual(expected);
    });
  });

  it('names an actor the dataset does not list by its id rather than dropping it', () => {
    const [row] = records(eventsToCsv([timelineEvent('2020-y', '2020', { targets: ['zz'] })], dataset, 'en'));
    expect(row!.targets).toBe('zz');
  });

  it('does not change its inputs', () => {
    const before = structuredClone(dataset);
    eventsToCsv(dataset.events, dataset, 'nl');
    expect(dataset).toEqual(before);
  });
});
