/**
 * Removes characters that have no business in user text: C0/C1 control characters (NUL, ESC,
 * backspace…), DEL, and the bidirectional overrides that can make text read differently than it is
 * stored. Line breaks are normalized to \n and kept only where the field is multi-line; tabs become
 * spaces. Markup such as `<script>` is left alone on purpose: it is stored as text and React shows it
 * inert.
 */
export function cleanText(value: string, { multiline = false } = {}): string {
  let text = value
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/\t/g, ' ')
    .replace(
      /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
      '',
    );
  if (!multiline) text = text.replace(/\n+/g, ' ');
  else text = text.replace(/[ ]+\n/g, '\n').replace(/\n{3,}/g, '\n\n');
  return text.trim();
}
