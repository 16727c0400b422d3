import 'server-only';
import type { DB } from '@/db/connection';
import { runMigrations } from '@/db/migrate';
import { pruneUnreferencedImages } from '@/db/queries/images';
import { sweepImageStore } from '@/lib/images/store';

/**
 * What every start does before serving: bring the database schema up to date, then remove what an
 * interrupted upload may have left (temporary files, files no row points to). Safe to repeat.
 */
export async function prepareDataDir(db: DB, imageDir: string) {
  runMigrations(db);
  const referenced = pruneUnreferencedImages(db);
  return sweepImageStore(imageDir, referenced);
}
