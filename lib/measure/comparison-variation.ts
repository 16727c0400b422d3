import 'server-only';
import type { DB } from '@/db/connection';
import type { ComparisonDetail } from '@/db/queries/get-comparison';
import { getImageFeatures } from '@/db/queries/image-features';
import { variantVariation, type VariantVariation } from './variation-score';

/**
 * Variation per variant of a comparison, from the features stored at ingest (one query, no pixel
 * work). Images are content-addressed and features versioned, so a variant's result depends only
 * on its list of hashes: fully measured variants are kept in a small memo, and a page render after
 * the first costs a map lookup (24 runs are 276 pairs, ~10 ms of SSIM).
 */
const MEMO_LIMIT = 256;
const memo = new Map<string, VariantVariation>();

export function getComparisonVariation(db: DB, comparison: Pick<ComparisonDetail, 'variants'>): VariantVariation[] {
  const keys = comparison.variants.map((v) => v.runs.map((r) => r.image.hash).join(','));
  const missing = comparison.variants.filter((_, i) => !memo.has(keys[i]!));
  const features = getImageFeatures(db, missing.flatMap((v) => v.runs.map((r) => r.image.hash)));
  return comparison.variants.map((variant, i) => {
    const key = keys[i]!;
    const cached = memo.get(key);
    if (cached) return cached;
    const result = variantVariation(
      variant.runs.map((r) => {
        const f = features.get(r.image.hash);
        return f ? { ...f, phash: r.image.phash } : null;
      }),
    );
    // Only complete results are kept: a run measured later by the backfill must show up.
    if (result.measured.every(Boolean)) {
      if (memo.size >= MEMO_LIMIT) memo.delete(memo.keys().next().value!);
      memo.set(key, result);
    }
    return result;
  });
}
