/** `npm run db:seed [-- PACK_DIR…]`: migrates, then loads the example packs (or the given ones). */
import { parseEnv } from '@/lib/env-core';
import { openDatabase } from '../connection';
import { runMigrations } from '../migrate';
import { EXAMPLE_PACKS_DIR, listPackDirs, seedPacks } from './seed';

const env = parseEnv(process.env);
const db = openDatabase(env.dbFile);
runMigrations(db);
const dirs = process.argv.length > 2 ? process.argv.slice(2) : listPackDirs(EXAMPLE_PACKS_DIR);
const results = await seedPacks(db, dirs, env.imageDir);
for (const r of results) {
  console.log(`${r.pack}: ${r.added.length} added, ${r.skipped.length} already there`);
}
if (dirs.length === 0) console.log('No example packs found; the gallery starts empty.');
db.$client.close();
