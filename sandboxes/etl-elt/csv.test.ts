import { describe, expect, it } from 'vitest';
import { csvField, csvLine, parseCsv } from './csv';

describe('the extract as CSV', () => {
  it('quotes only what needs it, and tells a missing value from an empty one', () => {
    expect(csvField(null)).toBe('');
    expect(csvField('')).toBe('""');
    expect(csvField('12,50')).toBe('"12,50"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvLine(['a', null, ' b '])).toBe('a,, b ');
  });

  it('reads back exactly what was written, as columns', () => {
    const rows = [
      ['1', null, ' US'],
      ['2', '', '12,50'],
      ['3', 'line\nbreak', 'say "hi"'],
      [null, null, null],
    ];
    const text = `a,b,c\n${rows.map(csvLine).join('\n')}\n`;
    expect(parseCsv(text, ['a', 'b', 'c'])).toEqual([
      ['1', '2', '3', null],
      [null, '', 'line\nbreak', null],
      [' US', '12,50', 'say "hi"', null],
    ]);
  });

  it('accepts CRLF line ends and a last line without one', () => {
    expect(parseCsv('a,b\r\n1,2\r\n3,"4"', ['a', 'b'])).toEqual([
      ['1', '3'],
      ['2', '4'],
    ]);
  });

  it('refuses a wrong header, a short or long line and an unclosed quote, naming the line', () => {
    expect(() => parseCsv('x,y\n1,2\n', ['a', 'b'])).toThrow(/header is "x,y"/);
    expect(() => parseCsv('a,b\n1,2\n3\n', ['a', 'b'])).toThrow(/Line 2 has 1 fields, expected 2/);
    expect(() => parseCsv('a,b\n1,2,3\n', ['a', 'b'])).toThrow(/Line 1 has more than 2/);
    expect(() => parseCsv('a,b\n1,"2\n', ['a', 'b'])).toThrow(/Line 1: a quoted field never ends/);
  });
});
