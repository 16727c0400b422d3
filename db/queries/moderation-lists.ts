import 'server-only';
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
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
  hash: string;
  width: number;
  height: number;
  variantWidths: number[];
  placeholder: string;
  dominantColor: string;
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
  const total = db
    .select({ n: sql<number>`count(*)` })
    .from(comparison)
    .where(eq(comparison.status, status))
    .get()!.n;
  const pages = Math.max(1, Math.ceil(total / MODERATION_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  const order =
    status === 'pending'
      ? [asc(comparison.createdAt), asc(comparison.id)]
      : [desc(comparison.createdAt), desc(comparison.id)];
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
      // "comparison"."id" is written out: drizzle would render a bare "id", ambiguous in a subquery.
      variantCount: sql<number>`(SELECT count(*) FROM prompt_variant v WHERE v.comparison_id = "comparison"."id")`,
      runCount: sql<number>`(SELECT count(*) FROM run_image r JOIN prompt_variant v ON v.id = r.variant_id WHERE v.comparison_id = "comparison"."id")`,
      openReports: sql<number>`(SELECT count(*) FROM report p WHERE p.comparison_id = "comparison"."id" AND p.resolved_at IS NULL)`,
    })
    .from(comparison)
    .where(eq(comparison.status, status))
    .orderBy(...order)
    .limit(MODERATION_PAGE_SIZE)
    .offset((current - 1) * MODERATION_PAGE_SIZE)
    .all();
  const thumbs = firstThumbs(
    db,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((r) => ({ ...r, thumb: thumbs.get(r.id) ?? null })),
    total,
    pages,
    page: current,
  };
}

/** The first run of the first prompt of each comparison: enough to recognise an item in a list. */
function firstThumbs(db: DB, ids: number[]): Map<number, ModerationThumb> {
  const result = new Map<number, ModerationThumb>();
  if (ids.length === 0) return result;
  const rows = db
    .select({
      comparisonId: promptVariant.comparisonId,
      hash: image.hash,
      width: image.width,
      height: image.height,
      variantWidths: image.variantWidths,
      placeholder: image.placeholder,
      dominantColor: image.dominantColor,
    })
    .from(promptVariant)
    .innerJoin(runImage, eq(runImage.variantId, promptVariant.id))
    .innerJoin(image, eq(image.hash, runImage.imageHash))
    .where(
      and(
        inArray(promptVariant.comparisonId, ids),
        eq(promptVariant.position, 0),
        eq(runImage.position, 0),
      ),
    )
    .all();
  for (const { comparisonId, ...thumb } of rows) result.set(comparisonId, thumb);
  return result;
}

/** How many items each list holds, plus open reports: the numbers on the teacher's tabs. */
export function moderationCounts(
  db: DB,
): Record<ComparisonStatus, number> & { openReports: number } {
  const counts = { pending: 0, published: 0, rejected: 0, hidden: 0, openReports: 0 };
  const rows = db
    .select({ status: comparison.status, n: sql<number>`count(*)` })
    .from(comparison)
    .groupBy(comparison.status)
    .all();
  for (const { status, n } of rows) counts[status] = n;
  counts.openReports = db
    .select({ n: sql<number>`count(*)` })
    .from(report)
    .where(isNull(report.resolvedAt))
    .get()!.n;
  return counts;
}
