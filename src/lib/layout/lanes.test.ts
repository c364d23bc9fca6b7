import { describe, expect, it } from 'vitest';
import { laneAmong, orderLanes } from './lanes';
import type { Actor } from '../model/schema';

const actor = (id: string, kind: Actor['kind']): Actor => ({ id, name: id, shortName: id, kind });
const event = (actorId: string) => ({ actors: [actorId] }) as never;

describe('orderLanes', () => {
  it('finds an actor that acts only after the others, and is not stopped early by an unknown one', () => {
    const lanes = orderLanes({
      parties: ['a', 'b'],
      actors: [actor('a', 'state'), actor('b', 'state'), actor('late', 'group')],
      events: ['a', 'ghost', 'b', 'a', 'b', 'late'].map(event),
    });
    expect(lanes.map((lane) => lane.actor.id)).toEqual(['a', 'b', 'late']);
  });

  it('puts the two parties first, then other actors by kind, and drops actors that never act', () => {
    const lanes = orderLanes({
      parties: ['b', 'a'],
      actors: [
        actor('court', 'organisation'),
        actor('a', 'state'),
        actor('gang', 'group'),
        actor('b', 'state'),
        actor('x', 'state'),
        actor('idle', 'state'),
      ],
      events: ['a', 'b', 'court', 'gang', 'x'].map(event),
    });
    expect(lanes.map((lane) => lane.actor.id)).toEqual(['b', 'a', 'x', 'court', 'gang']);
    expect(lanes.map((lane) => lane.index)).toEqual([0, 1, 2, 3, 4]);
  });

  it('gives a lane to a party only when it acts', () => {
    const lanes = orderLanes({
      parties: ['a', 'b'],
      actors: [actor('a', 'state'), actor('b', 'state')],
      events: [event('a')],
    });
    expect(lanes.map((lane) => lane.actor.id)).toEqual(['a']);
  });
});

describe('laneAmong', () => {
  it.each([
    [null, ['ru', 'nl'], 'ru'],
    [['nl'], ['ru', 'nl'], 'nl'],
    [['au'], ['ru', 'nl'], 'ru'],
  ])('with %j shown puts an event by %j in the %s lane', (shown, actors, lane) => {
    expect(laneAmong(shown)({ actors })).toBe(lane);
  });
});
