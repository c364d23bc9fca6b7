import { describe, expect, it } from 'vitest';
import { eventAccessibleName } from './accessible-name';
import type { TimelineEvent } from '../model/schema';

const names = new Map([
  ['nl', 'Netherlands'],
  ['ru', 'Russia'],
]);
const event = (extra: Partial<TimelineEvent>): TimelineEvent => ({
  id: 'x',
  date: '2021-01-18',
  actors: ['ru'],
  category: { type: 'SANCTION' },
  title: 'Russia expels two Dutch diplomats',
  summary: 's',
  sources: [],
  ...extra,
});

describe('eventAccessibleName', () => {
  it.each([
    [{ targets: ['nl'] }, '18 January 2021. Russia to Netherlands: Russia expels two Dutch diplomats'],
    [{}, '18 January 2021. Russia: Russia expels two Dutch diplomats'],
    [
      { date: '2013-11-30', approximate: true },
      'about 30 November 2013. Russia: Russia expels two Dutch diplomats',
    ],
    [{ actors: ['unknown'] }, '18 January 2021. unknown: Russia expels two Dutch diplomats'],
  ])('names %j as %j', (extra, expected) => {
    expect(eventAccessibleName(event(extra), names, 'en', { about: 'about', to: 'to' })).toBe(expected);
  });
});
