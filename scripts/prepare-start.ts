/**
 * `npm start` runs this first: create the data directory, migrate, seed the example packs
 * (idempotent), sweep upload leftovers, and build the app if there is no production build yet.
 * A second start keeps the data: nothing here deletes a row.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '@/db/connection';
import { distDir } from '@/lib/dist-dir';
import { EXAMPLE_PACKS_DIR, listPackDirs, seedPacks } from '@/db/seed/seed';
import { parseEnv } from '@/lib/env-core';
import { prepareDataDir } from '@/lib/startup';

const env = parseEnv(process.env);
fs.mkdirSync(env.imageDir, { recursive: true });
const db = openDatabase(env.dbFile);
await prepareDataDir(db, env.imageDir);
for (const r of await seedPacks(db, listPackDirs(EXAMPLE_PACKS_DIR), env.imageDir)) {
  if (r.added.length) console.log(`Seeded ${r.added.length} example comparisons from ${r.pack}.`);
}
db.$client.close();
console.log(`Data directory: ${env.dataDir}`);

if (!fs.existsSync(path.join(distDir(), 'BUILD_ID'))) {
  console.log('No production build yet: building (this takes a few minutes the first time)…');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
