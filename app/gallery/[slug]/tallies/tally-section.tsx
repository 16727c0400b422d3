import type { ComparisonDetail } from '@/db/queries/get-comparison';

/** The class's answers about the images, as bars per variant (issue 6, in progress). */
export async function TallySection(_props: { comparison: ComparisonDetail }) {
  return null;
}
