import { describe, expect, it } from 'vitest';
import { chronological, compareIds } from './chronology';

const e = (id: string, date: string) => ({ id, date });

describe('chronological', () => {
  it('orders by start, with a month before the days in it and a year before its months', () => {
    const ids = chronological([
      e('d', '2020-03-04'),
      e('m', '2020-03'),
      e('y', '2020'),
      e('early', '2019-12-31'),
    ]).map((x) => x.id);
    expect(ids).toEqual(['early', 'y', 'm', 'd']);
  });

  it('puts a same-day response after its trigger, whatever the ids', () => {
    const events = [e('a-response', '2020-10-15'), e('z-trigger', '2020-10-15')];
    const ids = chronological(events, [{ from: 'z-trigger', to: 'a-response' }]).map((x) => x.id);
    expect(ids).toEqual(['z-trigger', 'a-response']);
  });

  it('does not loop on a cycle of same-day links', () => {
    const events = [e('a', '2020-01-01'), e('b', '2020-01-01')];
    const links = [
      { from: 'a', to: 'b' },
      { from: 'b', to: 'a' },
    ];
    expect(chronological(events, links)).toHaveLength(2);
  });

  it('leaves its input alone', () => {
    const events = [e('b', '2021'), e('a', '2020')];
    chronological(events);
    expect(events.map((x) => x.id)).toEqual(['b', 'a']);
  });
});

describe('compareIds', () => {
  it('orders slugs exactly as a locale comparison does', () => {
    const ids = ['a-b', 'ab', 'a', 'a-1', 'a1', '10', '9', '2020-01-02-x', '2020-01-02', 'z-0', 'b'];
    const byLocale = [...ids].sort((a, b) => a.localeCompare(b));
    expect([...ids].sort(compareIds)).toEqual(byLocale);
  });

  it('breaks ties between events of the same day by id', () => {
    const events = [e('b', '2020-01-01'), e('a-2', '2020-01-01'), e('a', '2020-01-01')];
    expect(chronological(events).map((x) => x.id)).toEqual(['a', 'a-2', 'b']);
  });
});
