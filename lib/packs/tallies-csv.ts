/**
 * tallies.csv in a pack: how many times the class chose each option for each run, one row per
 * (comparison, question, variant, run, option). Positions are 1-based as a teacher counts them on
 * the page. Counts only: which browser voted is never exported.
 */
export const TALLIES_HEADER = ['slug', 'question', 'variant', 'run', 'option', 'count'] as const;

export type TallyRow = {
  slug: string;
  /** 1-based positions. */
  question: number;
  variant: number;
  run: number;
  option: string;
  count: number;
};

export function formatTalliesCsv(rows: TallyRow[]): string {
  const lines = [TALLIES_HEADER.join(',')];
  for (const r of rows) {
    lines.push([r.slug, r.question, r.variant, r.run, r.option, r.count].map(cell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

function cell(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export type TalliesParse = { rows: TallyRow[] } | { error: { line: number; reason: string } };

const POSITIVE = /^[1-9][0-9]{0,8}$/;

/**
 * Reads tallies.csv strictly: the exact header, six cells per row, positive whole numbers. Matching
 * the rows against the manifest is the importer's job; this only checks the shape.
 */
export function parseTalliesCsv(text: string, maxRows: number): TalliesParse {
  const records = splitCsv(text.replace(/^\uFEFF/, ''));
  if ('error' in records) return records;
  const [header, ...body] = records.rows;
  if (!header || header.join(',') !== TALLIES_HEADER.join(',')) {
    return { error: { line: 1, reason: `header must be ${TALLIES_HEADER.join(',')}` } };
  }
  if (body.length > maxRows) return { error: { line: maxRows + 2, reason: 'too many rows' } };
  const rows: TallyRow[] = [];
  for (let i = 0; i < body.length; i++) {
    const cells = body[i]!;
    const line = i + 2;
    if (cells.length === 1 && cells[0] === '') continue;
    if (cells.length !== 6) return { error: { line, reason: 'six cells expected' } };
    const [slug, question, variant, run, option, count] = cells as [string, string, string, string, string, string];
    for (const n of [question, variant, run, count]) {
      if (!POSITIVE.test(n)) return { error: { line, reason: `“${n.slice(0, 20)}” is not a positive whole number` } };
    }
    rows.push({ slug, question: +question, variant: +variant, run: +run, option, count: +count });
  }
  return { rows };
}

/** RFC 4180: quoted cells may hold commas, quotes ("") and line breaks. */
function splitCsv(text: string): { rows: string[][] } | { error: { line: number; reason: string } } {
  const rows: string[][] = [];
  let row: string[] = [];
  let value = '';
  let quoted = false;
  let line = 1;
  const endRow = () => {
    row.push(value);
    rows.push(row);
    row = [];
    value = '';
    line++;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '\n') line++;
      if (c !== '"') value += c;
      else if (text[i + 1] === '"') value += text[++i];
      else quoted = false;
    } else if (c === '"' && value === '') quoted = true;
    else if (c === ',') {
      row.push(value);
      value = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else value += c;
  }
  if (quoted) return { error: { line, reason: 'a quote is not closed' } };
  if (value !== '' || row.length > 0) rows.push([...row, value]);
  return { rows };
}
