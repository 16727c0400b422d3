import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../connection';
import { comparison, report } from '../schema';
import { createTestDatabase } from '@/lib/testing/test-db';
import { createReport } from './reports';

let db: DB;
let cleanup: () => void;
beforeAll(() => ({ db, cleanup } = createTestDatabase()));
afterAll(() => cleanup());

const insert = (status: 'published' | 'pending', slug: string) =>
  db
    .insert(comparison)
    .values({ slug, title: slug, caseKind: 'bias', locale: 'en', status })
    .returning()
    .get().id;
const status = (id: number) =>
  db.select().from(comparison).where(eq(comparison.id, id)).get()!.status;

describe('createReport', () => {
  it('hides a published comparison when its unresolved reports reach the threshold', () => {
    const id = insert('published', 'a');
    expect(createReport(db, { comparisonId: id, reason: 'privacy' }, { hideThreshold: 3 })).toEqual(
      { ok: true, hidden: false },
    );
    // A report a teacher already resolved does not count.
    db.update(report).set({ resolvedAt: new Date() }).where(eq(report.comparisonId, id)).run();
    createReport(db, { comparisonId: id, reason: 'hurtful' }, { hideThreshold: 3 });
    expect(
      createReport(db, { comparisonId: id, reason: 'other: x' }, { hideThreshold: 3 }),
    ).toEqual({ ok: true, hidden: false });
    expect(status(id)).toBe('published');
    expect(createReport(db, { comparisonId: id, reason: 'other' }, { hideThreshold: 3 })).toEqual({
      ok: true,
      hidden: true,
    });
    expect(status(id)).toBe('hidden');
  });

  it('refuses reports on what visitors cannot see', () => {
    const pending = insert('pending', 'b');
    expect(createReport(db, { comparisonId: pending, reason: 'x' }, { hideThreshold: 1 })).toEqual({
      ok: false,
      code: 'not-found',
    });
    expect(
      createReport(db, { comparisonId: 9999, reason: 'x' }, { hideThreshold: 1 }),
    ).toMatchObject({ ok: false });
    const n = db
      .select({ n: sql<number>`count(*)` })
      .from(report)
      .where(eq(report.comparisonId, pending))
      .get()!.n;
    expect(n).toBe(0);
  });
});
