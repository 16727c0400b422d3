import 'server-only';
import { and, desc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { DB } from '../connection';
import { comparison, report, type CaseKind, type ComparisonStatus } from '../schema';

// The teacher's decisions on comparisons, and their handling of viewers' reports.
// Each transition names the states it may start from: a second teacher acting on a stale page gets
// "nothing changed" (false) instead of, say, un-hiding something a colleague just took down.
function transition(
  db: DB,
  id: number,
  from: ComparisonStatus[],
  set: Partial<typeof comparison.$inferInsert>,
): boolean {
  return (
    db
      .update(comparison)
      .set(set)
      .where(and(eq(comparison.id, id), inArray(comparison.status, from)))
      .run().changes > 0
  );
}

/**
 * Publishes a pending item, or puts a hidden/rejected one back. A teacher who restores an item has
 * looked at its reports, so they are resolved with it.
 */
export function approveComparison(db: DB, id: number, now = new Date()): boolean {
  return db.transaction((tx) => {
    const done = transition(tx as unknown as DB, id, ['pending', 'hidden', 'rejected'], {
      status: 'published',
      publishedAt: now,
      moderationNote: null,
    });
    if (done) resolveReportsFor(tx as unknown as DB, id, now);
    return done;
  });
}

/** Keeps a pending item out of the gallery; the reason is shown to the submitter on the receipt page. */
export function rejectComparison(db: DB, id: number, reason: string): boolean {
  return transition(db, id, ['pending', 'hidden'], {
    status: 'rejected',
    moderationNote: reason.trim(),
    publishedAt: null,
  });
}

/** Takes a published item out of the gallery without deleting it. */
export function hideComparison(db: DB, id: number, note?: string): boolean {
  return transition(db, id, ['published'], {
    status: 'hidden',
    moderationNote: note?.trim() || null,
  });
}

export type ComparisonEdit = { title: string; description: string; caseKind: CaseKind };

/** Corrects what the submitter wrote; the slug stays, so shared links keep working. */
export function updateComparisonDetails(db: DB, id: number, edit: ComparisonEdit): boolean {
  return (
    db
      .update(comparison)
      .set({
        title: edit.title.trim(),
        description: edit.description.trim(),
        caseKind: edit.caseKind,
      })
      .where(eq(comparison.id, id))
      .run().changes > 0
  );
}

export type ReportRow = {
  id: number;
  reason: string;
  createdAt: Date;
  resolvedAt: Date | null;
  comparison: { id: number; slug: string; title: string; status: ComparisonStatus };
};

/** Viewers' reports, newest first: open ones, or resolved ones for the record. */
export function listReports(
  db: DB,
  opts: { resolved?: boolean; comparisonId?: number } = {},
): ReportRow[] {
  const where = [opts.resolved ? isNotNull(report.resolvedAt) : isNull(report.resolvedAt)];
  if (opts.comparisonId !== undefined) where.push(eq(report.comparisonId, opts.comparisonId));
  return db
    .select({
      id: report.id,
      reason: report.reason,
      createdAt: report.createdAt,
      resolvedAt: report.resolvedAt,
      comparison: {
        id: comparison.id,
        slug: comparison.slug,
        title: comparison.title,
        status: comparison.status,
      },
    })
    .from(report)
    .innerJoin(comparison, eq(comparison.id, report.comparisonId))
    .where(and(...where))
    .orderBy(desc(report.createdAt), desc(report.id))
    .limit(200)
    .all();
}

export function resolveReport(db: DB, id: number, now = new Date()): boolean {
  return (
    db
      .update(report)
      .set({ resolvedAt: now })
      .where(and(eq(report.id, id), isNull(report.resolvedAt)))
      .run().changes > 0
  );
}

export function resolveReportsFor(db: DB, comparisonId: number, now = new Date()): number {
  return db
    .update(report)
    .set({ resolvedAt: now })
    .where(and(eq(report.comparisonId, comparisonId), isNull(report.resolvedAt)))
    .run().changes;
}
