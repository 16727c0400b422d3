import 'server-only';
import type { DB } from '@/db/connection';
import { runMigrations } from '@/db/migrate';
import { pruneUnreferencedImages } from '@/db/queries/images';
import { sweepImageStore } from '@/lib/images/store';
import { backfillImageFeatures } from '@/lib/measure/backfill-features';

/**
 * What every start does before serving: bring the database schema up to date, remove what an
 * interrupted upload may have left (temporary files, files no row points to), and measure images
 * stored before variation features existed. Safe to repeat.
 */
export async function prepareDataDir(db: DB, imageDir: string, { backfill = true } = {}) {
  runMigrations(db);
  const referenced = pruneUnreferencedImages(db);
  const swept = await sweepImageStore(imageDir, referenced);
  const features = backfill ? await backfillImageFeatures(db, imageDir) : { computed: 0 };
  if (features.computed) console.log(`Computed variation features for ${features.computed} stored images.`);
  return swept;
}
