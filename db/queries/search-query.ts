/**
 * Turns what a visitor typed into a safe FTS5 MATCH expression: every word becomes a quoted
 * prefix term ("klas"*), so "klas ipad" finds "klaslokaal met iPads" and FTS syntax characters
 * typed by a student can never cause a query error. Returns null when nothing searchable is left.
 */
export function toFtsQuery(input: string): string | null {
  const words = input
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 12);
  if (words.length === 0) return null;
  return words.map((w) => `"${w.replace(/"/g, '')}"*`).join(' ');
}
