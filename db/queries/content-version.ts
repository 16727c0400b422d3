import 'server-only';
import { sql } from 'drizzle-orm';
import type { DB } from '../connection';

/** Changes whenever anything public pages show changes (triggers in migration 0002). */
export function getContentVersion(db: DB): number {
  return db.get<{ version: number }>(sql`SELECT version FROM content_version WHERE id = 1`)?.version ?? 0;
}
