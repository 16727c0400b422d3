import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import path from 'node:path';
import type { DB } from './connection';

export const MIGRATIONS_DIR = path.join(process.cwd(), 'db', 'migrations');

/** Applies the committed drizzle migrations; safe to call on every start. */
export function runMigrations(db: DB): void {
  migrate(db, { migrationsFolder: MIGRATIONS_DIR });
}
