import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv } from './csv-parse';

describe('parseCsv', () => {
  it.each([
    {
      name: 'plain fields',
      text: 'a,b,c\n1,2,3',
      expected: [
        ['a', 'b', 'c'],
        ['1', '2', '3'],
      ],
    },
    {
      name: 'empty fields',
      text: 'a,,c\n,,',
      expected: [
        ['a', '', 'c'],
        ['', '', ''],
      ],
    },
    { name: 'a trailing comma as an empty last field', text: 'a,b,', expected: [['a', 'b', '']] },
    { name: 'a quoted field with a comma', text: '"a, b",c', expected: [['a, b', 'c']] },
    { name: 'doubled quotes as one quote', text: '"say ""hi""",x', expected: [['say "hi"', 'x']] },
    { name: 'an empty quoted field', text: '"",x', expected: [['', 'x']] },
    {
      name: 'a line break inside quotes',
      text: '"one\ntwo",x\ny,z',
      expected: [
        ['one\ntwo', 'x'],
        ['y', 'z'],
      ],
    },
    { name: 'CRLF inside quotes', text: '"one\r\ntwo",x', expected: [['one\r\ntwo', 'x']] },
    {
      name: 'CRLF record ends',
      text: 'a,b\r\nc,d\r\n',
      expected: [
        ['a', 'b'],
        ['c', 'd'],
      ],
    },
    {
      name: 'LF record ends',
      text: 'a,b\nc,d\n',
      expected: [
        ['a', 'b'],
        ['c', 'd'],
      ],
    },
    {
      name: 'lone CR record ends',
      text: 'a,b\rc,d',
      expected: [
        ['a', 'b'],
        ['c', 'd'],
      ],
    },
    { name: 'a blank line as a record with one empty field', text: 'a\n\nb', expected: [['a'], [''], ['b']] },
    { name: 'a byte-order mark dropped', text: '\uFEFFYear,Month', expected: [['Year', 'Month']] },
    { name: 'a quote inside an unquoted field as text', text: 'say "hi",x', expected: [['say "hi"', 'x']] },
    { name: 'text after a closing quote kept', text: '"a"b,c', expected: [['ab', 'c']] },
    { name: 'spaces kept as they are', text: ' a , b ', expected: [[' a ', ' b ']] },
    { name: 'nothing from empty text', text: '', expected: [] },
  ])('reads $name', ({ text, expected }) => {
    expect(parseCsv(text)).toEqual(expected);
  });

  it('names the line where an unclosed quoted field starts', () => {
    const read = () => parseCsv('a,b\n"x",y\nz,"never closed\nw');
    expect(read).toThrow(CsvSyntaxError);
    expect(read).toThrow('the quoted field that starts on line 3 is never closed');
  });

  it('counts lines inside quoted fields when placing an error', () => {
    expect(() => parseCsv('"one\ntwo"\r\n"three')).toThrow('starts on line 3');
  });
});
