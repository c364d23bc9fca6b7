import { describe, expect, it } from 'vitest';
import { editDistance, nearestName } from './suggest';

describe('editDistance', () => {
  it.each([
    ['date', 'date', 0],
    ['dte', 'date', 1],
    ['colour', 'color', 1],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
  ])('from %j to %j is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });
});

describe('nearestName', () => {
  const fields = ['id', 'date', 'end', 'summary', 'sources', 'targets'];
  it.each([
    ['dte', 'date'],
    ['sumary', 'summary'],
    ['Sources', 'sources'],
    ['target', 'targets'],
    ['xyz', undefined],
    ['zz', undefined],
  ])('suggests %j → %j', (typed, expected) => {
    expect(nearestName(typed, fields)).toBe(expected);
  });
});
