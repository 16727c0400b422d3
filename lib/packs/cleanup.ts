import 'server-only';
import { rm, stat } from 'node:fs/promises';
import type { DB } from '@/db/connection';
import { isImageReferenced } from '@/db/queries/pack-import';
import { imageDirPath } from '@/lib/images/store';

/**
 * Deletes the image files a failed import stored, so it leaves nothing behind. Waiting for the
 * sweep would keep them an hour (it spares young files, which may belong to an upload in flight);
 * here we know which ones are ours. A hash that a row uses, or whose folder is older than this
 * import (the picture was already stored by someone else), is left alone.
 */
export async function removeImportedImages(db: DB, imageDir: string, hashes: string[], startedAt: number) {
  for (const hash of new Set(hashes)) {
    if (isImageReferenced(db, hash)) continue;
    const dir = imageDirPath(imageDir, hash);
    const info = await stat(dir).catch(() => null);
    if (!info) continue;
    // birthtime is 0 where the file system does not record it; then ours is the best guess.
    if (info.birthtimeMs > 0 && info.birthtimeMs < startedAt - 1000) continue;
    await rm(dir, { recursive: true, force: true });
  }
}
