/** Excel opens a UTF-8 file as UTF-8 (é, ë, ß intact) only when it starts with a byte-order mark. */
const BOM = '\uFEFF';

/**
 * RFC 4180 CSV: comma-separated, CRLF line ends, fields quoted when they hold a comma, quote or
 * line break (quotes doubled). Text that a spreadsheet would run as a formula (starting with
 * = + - @ or a tab) gets a leading apostrophe: teachers write option texts, and a CSV opened in
 * Excel must not execute them.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(cell).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

function cell(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
