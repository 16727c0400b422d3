import type { Messages } from './messages';
import type { Locale } from './config';

export type { Messages };

/** Dotted paths to every string in the message files, e.g. 'gallery.searchLabel'. */
type Paths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${K}`
    : T[K] extends { one: string; other: string }
      ? `${Prefix}${K}`
      : Paths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type MessageKey = Paths<Messages>;
export type Values = Record<string, string | number>;
export type Translate = (key: MessageKey, values?: Values) => string;

function lookup(messages: unknown, key: string): unknown {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/**
 * A translator over one locale's messages. `{name}` placeholders are filled from `values`;
 * an entry of the form `{ one, other }` is chosen by `values.count` with the locale's plural rules.
 * A missing key shows the key itself, so a gap is visible on the page instead of an empty space.
 */
export function createTranslator(messages: Messages, locale: Locale): Translate {
  const plurals = new Intl.PluralRules(locale);
  return (key, values) => {
    let entry = lookup(messages, key);
    if (entry && typeof entry === 'object') {
      const forms = entry as Record<string, string>;
      const count = Number(values?.count ?? 0);
      entry = forms[plurals.select(count)] ?? forms.other;
    }
    if (typeof entry !== 'string') return key;
    if (!values) return entry;
    return entry.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in values ? String(values[name]) : whole,
    );
  };
}
