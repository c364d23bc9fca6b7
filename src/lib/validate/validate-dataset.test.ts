import { describe, expect, it } from 'vitest';
import { formatPath } from './describe';
import { MAX_DATASET_BYTES } from './size-limit';
import { validateDatasetText } from './validate-dataset';

import { readFixture as fixture } from '../../../tests/helpers/files';

function problemsOf(name: string) {
  const result = validateDatasetText(fixture(`invalid/${name}.json`));
  if (result.ok) throw new Error(`${name}.json should be invalid`);
  return result.problems.map((p) => ({ ...p, shown: formatPath(p.path) }));
}

describe('validateDatasetText', () => {
  it('accepts the valid fixture and returns the typed dataset', () => {
    const result = validateDatasetText(fixture('valid/minimal.json'));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset.events.map((e) => e.id)).toContain('2002-ocean-court-hearings');
  });

  // One failing fixture per rule; each problem names the line, column, JSON path and a fix.
  it.each([
    { rule: 'trailing-comma', line: 3, column: 15, path: '(root)', says: 'trailing comma: remove the ","' },
    { rule: 'missing-quote', line: 2, column: 9, path: '(root)', says: 'no closing double quote' },
    { rule: 'truncated', line: 63, column: 10, path: '(root)', says: 'is the file cut short?' },
    { rule: 'empty', line: 1, column: 1, path: '(root)', says: 'the file is empty' },
    { rule: 'root-not-object', line: 1, column: 1, path: '(root)', says: 'must hold one JSON object' },
    { rule: 'single-quotes', line: 2, column: 3, path: '(root)', says: 'double quotes' },
    {
      rule: 'impossible-date',
      line: 42,
      column: 15,
      path: 'events[0].date',
      says: '"2020-02-30"; is not a real date',
    },
    {
      rule: 'end-before-date',
      line: 95,
      column: 14,
      path: 'events[2].end',
      says: 'the end must be on or after the date',
    },
    {
      rule: 'unknown-date-form',
      line: 42,
      column: 15,
      path: 'events[0].date',
      says: 'use YYYY, YYYY-MM or YYYY-MM-DD',
    },
    {
      rule: 'unknown-date-form',
      line: 42,
      column: 15,
      path: 'events[0].date',
      says: 'did you mean "2001-03-04"?',
    },
    { rule: 'duplicate-event-id', line: 93, column: 13, path: 'events[2].id', says: 'duplicate event id' },
    {
      rule: 'duplicate-actor-id',
      line: 33,
      column: 13,
      path: 'actors[2].id',
      says: 'duplicate actor id "lemuria"',
    },
    {
      rule: 'unknown-actor',
      line: 71,
      column: 9,
      path: 'events[1].actors[0]',
      says: 'did you mean "lemuria"?',
    },
    { rule: 'unknown-link-event', line: 124, column: 13, path: 'links[0].to', says: 'no event has the id' },
    { rule: 'link-backwards', line: 131, column: 13, path: 'links[1].to', says: 'days before its trigger' },
    { rule: 'self-link', line: 131, column: 13, path: 'links[1].to', says: 'to itself' },
    { rule: 'duplicate-link', line: 129, column: 5, path: 'links[1]', says: 'duplicate link' },
    {
      rule: 'javascript-url',
      line: 60,
      column: 18,
      path: 'events[0].sources[0].url',
      says: 'starting with https:// or http://',
    },
    {
      rule: 'data-url',
      line: 87,
      column: 18,
      path: 'events[1].sources[0].url',
      says: 'starting with https:// or http://',
    },
    { rule: 'no-source', line: 85, column: 18, path: 'events[1].sources', says: 'give at least one source' },
    {
      rule: 'missing-sources',
      line: 92,
      column: 5,
      path: 'events[2].sources',
      says: 'missing required field "sources"',
    },
    {
      rule: 'blank-text',
      line: 54,
      column: 18,
      path: 'events[0].summary',
      says: 'whitespace-only text is not allowed',
    },
    {
      rule: 'unknown-field',
      line: 65,
      column: 7,
      path: 'events[0].dte',
      says: 'unknown field "dte"; did you mean "date"?',
    },
  ])('$rule: $path at $line:$column says "$says"', ({ rule, line, column, path, says }) => {
    expect(problemsOf(rule)).toContainEqual(
      expect.objectContaining({ line, column, shown: path, message: expect.stringContaining(says) }),
    );
  });

  it('reports every problem in one pass, in file order', () => {
    const text = fixture('valid/minimal.json')
      .replace('"2001-03-04",', '"2001-02-30",')
      .replace('"kind": "state", "color"', '"kind": "nation", "color"')
      .replace('"evidence": "explicit"', '"evidence": "certain"');
    const result = validateDatasetText(text);
    if (result.ok) throw new Error('should be invalid');
    expect(result.problems.map((p) => formatPath(p.path))).toEqual([
      'actors[0].kind',
      'events[0].date',
      'links[0].evidence',
    ]);
  });

  it('still checks references when the schema has failed elsewhere', () => {
    const text = fixture('invalid/unknown-actor.json').replace('"2001-03-04",', '"not a date",');
    const result = validateDatasetText(text);
    if (result.ok) throw new Error('should be invalid');
    expect(result.problems.map((p) => formatPath(p.path))).toEqual(['events[0].date', 'events[1].actors[0]']);
  });

  it('refuses a file over the size limit before parsing it', () => {
    const result = validateDatasetText(' '.repeat(MAX_DATASET_BYTES + 1));
    expect(!result.ok && result.problems[0]?.message).toMatch(
      /^the file is 20\.0 MB; datasets may be at most 20\.0 MB/,
    );
  });

  it('explains a value of the wrong type', () => {
    const text = fixture('valid/minimal.json').replace('"importance": 4', '"importance": "high"');
    const result = validateDatasetText(text);
    expect(!result.ok && result.problems[0]?.message).toBe('found "high"; expected a number');
  });
});
