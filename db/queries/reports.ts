import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { DB } from '../connection';
import { comparison, report } from '../schema';

export type ReportResult = { ok: true; hidden: boolean } | { ok: false; code: 'not-found' };

/**
 * Records a viewer's report on a published comparison. When its unresolved reports reach
 * `hideThreshold`, the comparison is hidden (status 'hidden') until a teacher reviews it; a teacher
 * resolving the reports is what lets it count from zero again. One immediate transaction, so two
 * reports arriving together cannot both miss the threshold.
 */
export function createReport(
  db: DB,
  input: { comparisonId: number; reason: string },
  opts: { hideThreshold: number },
): ReportResult {
  return db.transaction(
    (tx) => {
      const target = tx
        .select({ status: comparison.status })
        .from(comparison)
        .where(eq(comparison.id, input.comparisonId))
        .get();
      if (target?.status !== 'published') return { ok: false, code: 'not-found' } as const;
      tx.insert(report).values({ comparisonId: input.comparisonId, reason: input.reason }).run();
      const open = tx
        .select({ n: sql<number>`count(*)` })
        .from(report)
        .where(and(eq(report.comparisonId, input.comparisonId), isNull(report.resolvedAt)))
        .get()!.n;
      if (open < opts.hideThreshold) return { ok: true, hidden: false } as const;
      tx.update(comparison)
        .set({ status: 'hidden' })
        .where(eq(comparison.id, input.comparisonId))
        .run();
      return { ok: true, hidden: true } as const;
    },
    { behavior: 'immediate' },
  );
}

/** The stored reason: the chosen category, then the viewer's own words if any ("privacy: …"). */
export function reportReasonText(reason: string, details: string): string {
  return details ? `${reason}: ${details}` : reason;
}
