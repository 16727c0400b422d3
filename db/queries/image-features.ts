import 'server-only';
import { and, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import { decodeFeatures, FEATURE_VERSION, type ImageFeatureData, type StoredFeatures } from '@/lib/measure/features';
import type { DB } from '../connection';
import { image, imageFeatures } from '../schema';

/**
 * Stored variation features by image hash, for the current FEATURE_VERSION only; an image
 * missing from the map is shown as "not measured yet". One query per page, no pixel work.
 */
export function getImageFeatures(db: DB, hashes: string[]): Map<string, ImageFeatureData> {
  const found = new Map<string, ImageFeatureData>();
  if (hashes.length === 0) return found;
  const rows = db
    .select()
    .from(imageFeatures)
    .where(and(inArray(imageFeatures.imageHash, [...new Set(hashes)]), eq(imageFeatures.version, FEATURE_VERSION)))
    .all();
  for (const row of rows) {
    const decoded = decodeFeatures(row);
    if (decoded) found.set(row.imageHash, decoded);
  }
  return found;
}

/** Images whose features are missing or of an older version: the start-up backfill's work list. */
export function listImagesNeedingFeatures(db: DB): Array<{ hash: string; format: 'png' | 'jpeg' }> {
  return db
    .select({ hash: image.hash, format: image.format })
    .from(image)
    .leftJoin(imageFeatures, eq(imageFeatures.imageHash, image.hash))
    .where(or(isNull(imageFeatures.imageHash), ne(imageFeatures.version, FEATURE_VERSION)))
    .all();
}

export function saveImageFeatures(db: DB, hash: string, features: StoredFeatures): void {
  db.insert(imageFeatures)
    .values({ imageHash: hash, ...features })
    .onConflictDoUpdate({ target: imageFeatures.imageHash, set: features })
    .run();
}

/**
 * Features written outside a comparison's transaction (the backfill) change what public pages
 * show, and image_features has no content_version trigger, so the page cache is told here.
 */
export function bumpContentVersion(db: DB): void {
  db.run(sql`UPDATE content_version SET version = version + 1 WHERE id = 1`);
}
