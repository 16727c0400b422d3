import 'server-only';
import { rm, stat } from 'node:fs/promises';
import { imageDirPath } from './store';

/**
 * Removes the files of images whose rows were just deleted (see db/queries/delete-comparisons).
 * An upload of the same picture that arrived meanwhile touches the directory (storeImageFiles
 * refreshes its time) and may be about to write a row for it: a directory changed after
 * `since` (taken just before the rows were deleted) is left alone, and the start-up sweep removes
 * it later if no row claims it.
 */
export async function removeImageFiles(
  imageDir: string,
  hashes: string[],
  since: Date,
): Promise<{ removed: number; kept: number }> {
  let removed = 0;
  let kept = 0;
  for (const hash of hashes) {
    const dir = imageDirPath(imageDir, hash);
    const info = await stat(dir).catch(() => null);
    if (!info) continue;
    if (info.mtimeMs > since.getTime()) {
      kept++;
      continue;
    }
    await rm(dir, { recursive: true, force: true });
    removed++;
  }
  return { removed, kept };
}
