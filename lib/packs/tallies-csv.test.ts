import { describe, expect, it } from 'vitest';
import { formatTalliesCsv, parseTalliesCsv } from './tallies-csv';

describe('tallies.csv', () => {
  it('round-trips rows, quoting what needs it', () => {
    const rows = [
      { slug: 'a-ceo', question: 1, variant: 2, run: 3, option: 'cant-tell', count: 4 },
      { slug: 'odd,"slug"', question: 1, variant: 1, run: 1, option: 'x', count: 1 },
    ];
    const csv = formatTalliesCsv(rows);
    expect(csv.split('\r\n')[0]).toBe('slug,question,variant,run,option,count');
    expect(csv).toContain('"odd,""slug"""');
    expect(parseTalliesCsv(csv, 10)).toEqual({ rows });
  });

  it('refuses a wrong header, a bad number, an open quote and too many rows, naming the line', () => {
    expect(parseTalliesCsv('slug,count\n', 10)).toMatchObject({ error: { line: 1 } });
    expect(parseTalliesCsv('slug,question,variant,run,option,count\na,1,1,1,x,-3\n', 10)).toMatchObject({ error: { line: 2 } });
    expect(parseTalliesCsv('slug,question,variant,run,option,count\n"a,1,1,1,x,3\n', 10)).toMatchObject({ error: { reason: 'a quote is not closed' } });
    expect(parseTalliesCsv(`slug,question,variant,run,option,count\n${'a,1,1,1,x,1\n'.repeat(3)}`, 2)).toMatchObject({ error: { reason: 'too many rows' } });
  });
});
