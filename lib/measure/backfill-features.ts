import 'server-only';
import type { DB } from '@/db/connection';
import { bumpContentVersion, listImagesNeedingFeatures, saveImageFeatures } from '@/db/queries/image-features';
import { featuresOfStoredImage } from '@/lib/images/features';

/**
 * Computes variation features for images stored before features existed (or with an older
 * FEATURE_VERSION), from their full-size files. Runs at start-up, one image at a time; an image
 * whose file cannot be read is reported and left unmeasured rather than stopping the start.
 */
export async function backfillImageFeatures(db: DB, imageDir: string): Promise<{ computed: number; failed: number }> {
  let [computed, failed] = [0, 0];
  for (const { hash, format } of listImagesNeedingFeatures(db)) {
    try {
      saveImageFeatures(db, hash, await featuresOfStoredImage(imageDir, hash, format));
      computed++;
    } catch (error) {
      failed++;
      console.warn(`Could not compute variation features for image ${hash}:`, error instanceof Error ? error.message : error);
    }
  }
  if (computed > 0) bumpContentVersion(db);
  return { computed, failed };
}
