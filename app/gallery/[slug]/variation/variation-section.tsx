import type { ComparisonDetail } from '@/db/queries/get-comparison';

/** Variation scores and distance heatmaps per prompt variant (issue 6, in progress). */
export async function VariationSection(_props: { comparison: ComparisonDetail }) {
  return null;
}
