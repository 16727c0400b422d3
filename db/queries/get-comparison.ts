import 'server-only';
import { asc, eq } from 'drizzle-orm';
import type { DB } from '../connection';
import { comparison, type Comparison, type Image, type PromptVariant, type RunImage } from '../schema';
import { localize, type LocalizedText } from './localize';

export type RunDetail = Pick<RunImage, 'id' | 'position' | 'settings'> & {
  image: Pick<Image, 'hash' | 'width' | 'height' | 'format' | 'variantWidths' | 'placeholder' | 'dominantColor' | 'phash'>;
};
export type VariantDetail = Omit<PromptVariant, 'comparisonId'> & { runs: RunDetail[] };
export type ComparisonDetail = Omit<Comparison, 'receiptTokenHash'> & {
  localized: LocalizedText;
  tags: string[];
  variants: VariantDetail[];
};

/** One comparison with variants (rows) and runs (columns) in display order, any status. */
export function getComparison(
  db: DB,
  where: { slug: string } | { id: number },
  viewerLocale: 'nl' | 'en',
): ComparisonDetail | null {
  const row = db.query.comparison.findFirst({
    where: 'slug' in where ? eq(comparison.slug, where.slug) : eq(comparison.id, where.id),
    columns: { receiptTokenHash: false },
    with: {
      tags: { with: { tag: true } },
      variants: {
        orderBy: (v) => [asc(v.position)],
        columns: { comparisonId: false },
        with: {
          runs: {
            orderBy: (r) => [asc(r.position)],
            columns: { id: true, position: true, settings: true },
            with: {
              image: {
                columns: {
                  hash: true, width: true, height: true, format: true, variantWidths: true,
                  placeholder: true, dominantColor: true, phash: true,
                },
              },
            },
          },
        },
      },
    },
  }).sync();
  if (!row) return null;
  const { tags, ...rest } = row;
  return { ...rest, localized: localize(row, viewerLocale), tags: tags.map((t) => t.tag.name) };
}

/** The public page: only published comparisons exist for visitors. */
export function getPublishedComparison(db: DB, slug: string, viewerLocale: 'nl' | 'en') {
  const found = getComparison(db, { slug }, viewerLocale);
  return found && found.status === 'published' ? found : null;
}

