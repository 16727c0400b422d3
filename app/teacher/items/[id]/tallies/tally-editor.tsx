import type { ComparisonDetail } from '@/db/queries/get-comparison';

/** The teacher's questions for the class about this comparison's images (issue 6, in progress). */
export async function TallyEditor(_props: { comparison: ComparisonDetail }) {
  return null;
}
