import { describe, expect, it } from 'vitest';
import { linkedEvents } from './linked-events';
import type { Link } from './schema';
import { timelineEvent } from '../../../tests/helpers/build-event';

const events = [
  timelineEvent('expulsion', '2020-12-10'),
  timelineEvent('reply', '2021-01-18'),
  timelineEvent('earlier-reply', '2020-12-20'),
  timelineEvent('trigger', '2020-11'),
];
const byId = new Map(events.map((event) => [event.id, event]));
const link = (from: string, to: string, fields: Partial<Link> = {}): Link => ({
  from,
  to,
  kind: 'retaliation',
  evidence: 'explicit',
  ...fields,
});
const links = [
  link('expulsion', 'reply'),
  link('expulsion', 'earlier-reply', { evidence: 'alleged' }),
  link('trigger', 'expulsion', { kind: 'response' }),
  link('expulsion', 'missing'),
];

describe('linkedEvents', () => {
  it('lists the responses to an event, earliest first, with the lag from trigger to response', () => {
    const answered = linkedEvents('expulsion', 'response', links, byId);
    expect(answered.map(({ other, lag }) => [other.id, lag])).toEqual([
      ['earlier-reply', '+10 days'],
      ['reply', '+39 days'],
    ]);
    expect(answered[0]!.link.evidence).toBe('alleged');
  });

  it('lists the triggers an event answered, and leaves out links to events that do not exist', () => {
    expect(linkedEvents('expulsion', 'trigger', links, byId).map(({ other }) => other.id)).toEqual([
      'trigger',
    ]);
    expect(linkedEvents('reply', 'response', links, byId)).toEqual([]);
  });
});
