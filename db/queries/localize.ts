import type { Comparison } from '../schema';

export type LocalizedText = { title: string; description: string };

/** Title and description in the viewer's language when the comparison carries a translation. */
export function localize(
  row: Pick<Comparison, 'title' | 'description' | 'translations' | 'locale'>,
  viewerLocale: 'nl' | 'en',
): LocalizedText {
  if (row.locale !== viewerLocale) {
    const translated = row.translations?.[viewerLocale];
    if (translated?.title) return { title: translated.title, description: translated.description };
  }
  return { title: row.title, description: row.description };
}
