import 'server-only';
import { db } from '@/db';
import {
  deleteComparisonsForGood,
  deleteSubmitterComparisons,
  type Deletion,
} from '@/db/queries/delete-comparisons';
import { env } from '@/lib/env';
import { removeImageFiles } from '@/lib/images/remove-images';

// Rows first (one transaction), then the files only they used: a failure in between leaves
// files without rows, which the start-up sweep removes, never rows without files.

async function freeFiles(deletion: Deletion, since: Date): Promise<void> {
  if (deletion.freedImages.length === 0) return;
  try {
    await removeImageFiles(env.imageDir, deletion.freedImages, since);
  } catch (error) {
    console.error('deleted rows, but some image files stay until the next start-up sweep', error);
  }
}

/** One comparison and everything only it used; whether it existed. */
export async function deleteComparisonForGood(id: number): Promise<boolean> {
  const since = new Date();
  const deletion = deleteComparisonsForGood(db, [id]);
  await freeFiles(deletion, since);
  return deletion.deleted > 0;
}

/** Every comparison under a submitter name, if there are still `expected` of them. */
export async function deleteSubmitterForGood(name: string, expected: number) {
  const since = new Date();
  const result = deleteSubmitterComparisons(db, name, expected);
  if (result.ok) await freeFiles(result, since);
  return result;
}
