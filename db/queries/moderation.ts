import 'server-only';
import { and, asc, desc, eq, inArray, isNull, isNotNull, sql } from 'drizzle-orm';
import type { DB } from '../connection';
import {
  comparison,
  image,
  promptVariant,
  report,
  runImage,
  type CaseKind,
  type ComparisonStatus,
} from '../schema';

export const MODERATION_PAGE_SIZE = 30;

export type ModerationThumb = {
  hash: string; width: number; height: number; variantWidths: number[]; placeholder: string; dominantColor: string;
};
export type ModerationItem = {
  id: number;
  slug: string;
  title: string;
  caseKind: CaseKind;
  locale: 'nl' | 'en';
  status: ComparisonStatus;
  submitterName: string | null;
  moderationNote: string | null;
  createdAt: Date;
  publishedAt: Date | null;
  variantCount: number;
  runCount: number;
  openReports: number;
  thumb: ModerationThumb | null;
};

/**
 * Comparisons in one status for the teacher's lists. The queue (pending) is oldest first, so
 * nothing waits forever; the other lists show the newest first.
 */
export function listForModeration(
  db: DB,
  status: ComparisonStatus,
  page = 1,
): { items: ModerationItem[]; total: number; pages: number; page: number } {
  const total = db.select({ n: sql<number>`count(*)` }).from(comparison).where(eq(comparison.status, status)).get()!.n;
  const pages = Math.max(1, Math.ceil(total / MODERATION_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  const order = status === 'pending' ? [asc(comparison.createdAt), asc(comparison.id)] : [desc(comparison.createdAt), desc(comparison.id)];
  const rows = db
    .select({
      id: comparison.id,
      slug: comparison.slug,
      title: comparison.title,
      caseKind: comparison.caseKind,
      locale: comparison.locale,
      status: comparison.status,
      submitterName: comparison.submitterName,
      moderationNote: comparison.moderationNote,
      createdAt: comparison.createdAt,
      publishedAt: comparison.publishedAt,
      variantCount: sql<number>`(SELECT count(*) FROM prompt_variant v WHERE v.comparison_id = "comparison"."id")`,
      runCount: sql<number>`(SELECT count(*) FROM run_image r JOIN prompt_variant v ON v.id = r.variant_id WHERE v.comparison_id = "comparison"."id")`,
      // Written out in full: inside these subqueries a bare "id" would be ambiguous.
      openReports: sql<number>`(SELECT count(*) FROM report p WHERE p.comparison_id = "comparison"."id" AND p.resolved_at IS NULL)`,
    })
    .from(comparison)
    .where(eq(comparison.status, status))
    .orderBy(...order)
    .limit(MODERATION_PAGE_SIZE)
    .offset((current - 1) * MODERATION_PAGE_SIZE)
    .all();
  const thumbs = firstThumbs(db, rows.map((r) => r.id));
  return { items: rows.map((r) => ({ ...r, thumb: thumbs.get(r.id) ?? null })), total, pages, page: current };
}

/** The first run of the first prompt of each comparison: enough to recognise an item in a list. */
function firstThumbs(db: DB, ids: number[]): Map<number, ModerationThumb> {
  const result = new Map<number, ModerationThumb>();
  if (ids.length === 0) return result;
  const rows = db
    .select({
      comparisonId: promptVariant.comparisonId,
      hash: image.hash, width: image.width, height: image.height,
      variantWidths: image.variantWidths, placeholder: image.placeholder, dominantColor: image.dominantColor,
    })
    .from(promptVariant)
    .innerJoin(runImage, eq(runImage.variantId, promptVariant.id))
    .innerJoin(image, eq(image.hash, runImage.imageHash))
    .where(and(inArray(promptVariant.comparisonId, ids), eq(promptVariant.position, 0), eq(runImage.position, 0)))
    .all();
  for (const { comparisonId, ...thumb } of rows) result.set(comparisonId, thumb);
  return result;
}

/** How many items each list holds, plus open reports: the numbers on the teacher's tabs. */
export function moderationCounts(db: DB): Record<ComparisonStatus, number> & { openReports: number } {
  const counts = { pending: 0, published: 0, rejected: 0, hidden: 0, openReports: 0 };
  const rows = db.select({ status: comparison.status, n: sql<number>`count(*)` }).from(comparison).groupBy(comparison.status).all();
  for (const { status, n } of rows) counts[status] = n;
  counts.openReports = db.select({ n: sql<number>`count(*)` }).from(report).where(isNull(report.resolvedAt)).get()!.n;
  return counts;
}

// Each transition names the states it may start from: a second teacher acting on a stale page gets
// "nothing changed" (false) instead of, say, un-hiding something a colleague just took down.
function transition(db: DB, id: number, from: ComparisonStatus[], set: Partial<typeof comparison.$inferInsert>): boolean {
  return db.update(comparison).set(set).where(and(eq(comparison.id, id), inArray(comparison.status, from))).run().changes > 0;
}

/**
 * Publishes a pending item, or puts a hidden/rejected one back. A teacher who restores an item has
 * looked at its reports, so they are resolved with it.
 */
export function approveComparison(db: DB, id: number, now = new Date()): boolean {
  return db.transaction((tx) => {
    const done = transition(tx as unknown as DB, id, ['pending', 'hidden', 'rejected'], {
      status: 'published', publishedAt: now, moderationNote: null,
    });
    if (done) resolveReportsFor(tx as unknown as DB, id, now);
    return done;
  });
}

/** Keeps a pending item out of the gallery; the reason is shown to the submitter on the receipt page. */
export function rejectComparison(db: DB, id: number, reason: string): boolean {
  return transition(db, id, ['pending', 'hidden'], { status: 'rejected', moderationNote: reason.trim(), publishedAt: null });
}

/** Takes a published item out of the gallery without deleting it. */
export function hideComparison(db: DB, id: number, note?: string): boolean {
  return transition(db, id, ['published'], { status: 'hidden', moderationNote: note?.trim() || null });
}

export type ComparisonEdit = { title: string; description: string; caseKind: CaseKind };

/** Corrects what the submitter wrote; the slug stays, so shared links keep working. */
export function updateComparisonDetails(db: DB, id: number, edit: ComparisonEdit): boolean {
  return db
    .update(comparison)
    .set({ title: edit.title.trim(), description: edit.description.trim(), caseKind: edit.caseKind })
    .where(eq(comparison.id, id))
    .run().changes > 0;
}

/**
 * Deletes the comparison; its prompts, runs, tags and reports go with it (foreign keys cascade).
 * Image rows and files stay: other comparisons may share them, and the sweep removes orphans.
 */
export function deleteComparison(db: DB, id: number): boolean {
  return db.delete(comparison).where(eq(comparison.id, id)).run().changes > 0;
}

export type ReportRow = {
  id: number;
  reason: string;
  createdAt: Date;
  resolvedAt: Date | null;
  comparison: { id: number; slug: string; title: string; status: ComparisonStatus };
};

/** Viewers' reports, newest first: open ones, or resolved ones for the record. */
export function listReports(db: DB, opts: { resolved?: boolean; comparisonId?: number } = {}): ReportRow[] {
  const where = [opts.resolved ? isNotNull(report.resolvedAt) : isNull(report.resolvedAt)];
  if (opts.comparisonId !== undefined) where.push(eq(report.comparisonId, opts.comparisonId));
  return db
    .select({
      id: report.id,
      reason: report.reason,
      createdAt: report.createdAt,
      resolvedAt: report.resolvedAt,
      comparison: { id: comparison.id, slug: comparison.slug, title: comparison.title, status: comparison.status },
    })
    .from(report)
    .innerJoin(comparison, eq(comparison.id, report.comparisonId))
    .where(and(...where))
    .orderBy(desc(report.createdAt), desc(report.id))
    .limit(200)
    .all();
}

export function resolveReport(db: DB, id: number, now = new Date()): boolean {
  return db.update(report).set({ resolvedAt: now }).where(and(eq(report.id, id), isNull(report.resolvedAt))).run().changes > 0;
}

export function resolveReportsFor(db: DB, comparisonId: number, now = new Date()): number {
  return db
    .update(report)
    .set({ resolvedAt: now })
    .where(and(eq(report.comparisonId, comparisonId), isNull(report.resolvedAt)))
    .run().changes;
}
