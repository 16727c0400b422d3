import 'server-only';
import { sql } from 'drizzle-orm';
import type { DB } from '../connection';
import { image } from '../schema';

/**
 * Drops image rows that no run uses any more (their comparison was deleted) and returns the hashes
 * still in use: the image store keeps exactly these files and sweeps the rest.
 */
export function pruneUnreferencedImages(db: DB): Set<string> {
  db.delete(image).where(sql`${image.hash} NOT IN (SELECT image_hash FROM run_image)`).run();
  return new Set(db.select({ hash: image.hash }).from(image).all().map((r) => r.hash));
}
