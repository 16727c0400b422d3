import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('starts with a BOM, ends lines with CRLF and quotes what needs quoting', () => {
    const csv = toCsv(['question', 'count'], [
      ['Wie "zie" je?', 3],
      ['a, b', 0],
      ['two\nlines', 1],
      ['ëën', 2],
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'question,count',
      '"Wie ""zie"" je?",3',
      '"a, b",0',
      '"two\nlines",1',
      'ëën,2',
      '',
    ]);
  });
  it('defuses text a spreadsheet would run as a formula', () => {
    expect(toCsv(['x'], [['=HYPERLINK("x")'], ['-1'], [-1]])).toBe(
      '\uFEFFx\r\n"\'=HYPERLINK(""x"")"\r\n\'-1\r\n-1\r\n',
    );
  });
});
