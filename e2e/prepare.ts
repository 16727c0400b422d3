/**
 * Runs before the e2e server starts: a fresh database in the e2e data directory, migrated by the
 * real migrations and seeded through the real seed pipeline (the example packs plus the e2e pack).
 */
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '@/db/connection';
import { runMigrations } from '@/db/migrate';
import { EXAMPLE_PACKS_DIR, listPackDirs, seedPacks } from '@/db/seed/seed';
import { parseEnv } from '@/lib/env-core';
import { makeE2ePack } from './fixtures/make-pack';

const env = parseEnv(process.env);
fs.rmSync(env.dataDir, { recursive: true, force: true });
const db = openDatabase(env.dbFile);
runMigrations(db);
const e2ePack = await makeE2ePack(path.join(env.dataDir, 'e2e-pack'));
const results = await seedPacks(db, [...listPackDirs(EXAMPLE_PACKS_DIR), e2ePack], env.imageDir);
db.$client.close();
console.log(`e2e database ready at ${env.dbFile}: ${results.map((r) => `${r.pack} +${r.added.length}`).join(', ')}`);
