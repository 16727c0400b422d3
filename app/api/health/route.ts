import { sql } from 'drizzle-orm';
import { db } from '@/db';

export const dynamic = 'force-dynamic';

/** Readiness: the server answers and the database is migrated. Used by tests and deployments. */
export function GET() {
  const row = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM __drizzle_migrations`);
  return Response.json({ ok: true, migrations: row?.n ?? 0 }, { headers: { 'Cache-Control': 'no-store' } });
}
