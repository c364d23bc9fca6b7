import { describe, expect, it } from 'vitest';
import { chartAction, markAction, stepThrough } from './keyboard';

const key = (k: string, modifiers: Partial<KeyboardEvent> = {}) => ({
  key: k,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...modifiers,
});

describe('markAction', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['ArrowLeft', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['Enter', 'select'],
    [' ', 'select'],
    [']', 'follow-answer'],
    ['[', 'follow-trigger'],
    ['Escape', 'clear'],
    ['x', undefined],
  ])('%j on a mark means %j', (k, action) => {
    expect(markAction(key(k))).toBe(action);
  });

  it('leaves browser shortcuts alone', () => {
    expect(markAction(key('ArrowRight', { altKey: true }))).toBeUndefined();
  });
});

describe('chartAction', () => {
  it.each([
    ['+', false, 'zoom-in'],
    ['-', true, 'zoom-out'],
    ['ArrowLeft', false, 'pan-earlier'],
    ['ArrowLeft', true, undefined],
    ['Home', false, 'to-start'],
    ['0', true, 'reset'],
  ])('%j (on a mark: %s) means %j', (k, onMark, action) => {
    expect(chartAction(key(k), onMark)).toBe(action);
  });

  it('leaves ctrl and cmd shortcuts, such as browser zoom, alone', () => {
    expect(chartAction(key('+', { ctrlKey: true }), false)).toBeUndefined();
  });
});

describe('stepThrough', () => {
  const ids = ['a', 'b', 'c'];
  it.each([
    ['a', 1, 'b'],
    ['c', 1, 'c'],
    ['a', -1, 'a'],
    [null, 1, 'a'],
    [null, -1, 'c'],
    ['gone', 1, 'a'],
  ] as const)('from %j by %i is %j', (current, step, expected) => {
    expect(stepThrough(ids, current, step)).toBe(expected);
  });

  it('finds nothing in an empty list', () => {
    expect(stepThrough([], null, 1)).toBeUndefined();
  });
});
