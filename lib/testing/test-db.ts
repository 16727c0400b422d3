import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type DB } from '@/db/connection';
import { runMigrations } from '@/db/migrate';

/** A fresh SQLite file migrated by the real migrations, for one test file. */
export function createTestDatabase(): { db: DB; dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prompt-gallery-test-'));
  const db = openDatabase(path.join(dir, 'gallery.db'));
  runMigrations(db);
  return {
    db,
    dir,
    cleanup: () => {
      db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
