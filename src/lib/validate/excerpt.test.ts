import { describe, expect, it } from 'vitest';
import { excerpt } from './excerpt';

const source = ['{', '  "id": "x",', '  "date": "2020-02-30",', '  "end": "2021"', '}'].join('\n');

describe('excerpt', () => {
  it('shows the line before and after, with a caret under the column', () => {
    expect(excerpt(source, 3, 11)).toEqual([
      { number: 2, text: '  "id": "x",', target: false },
      { number: 3, text: '  "date": "2020-02-30",', target: true, caret: 10 },
      { number: 4, text: '  "end": "2021"', target: false },
    ]);
  });

  it('stops at the edges of the file', () => {
    expect(excerpt(source, 1, 1).map((line) => line.number)).toEqual([1, 2]);
    expect(excerpt(source, 5, 1).map((line) => line.number)).toEqual([4, 5]);
  });

  it('cuts a long line to a window around the column, keeping the caret on it', () => {
    const long = `${'x'.repeat(500)}BAD${'y'.repeat(500)}`;
    const [line] = excerpt(long, 1, 501, 0);
    expect(line!.text.length).toBeLessThanOrEqual(102);
    expect(line!.text.startsWith('…')).toBe(true);
    expect(line!.text.slice(line!.caret, line!.caret! + 3)).toBe('BAD');
  });

  it('reads Windows line endings', () => {
    expect(excerpt('a\r\nb\r\nc', 2, 1)[1]).toMatchObject({ number: 2, text: 'b', target: true });
  });
});
