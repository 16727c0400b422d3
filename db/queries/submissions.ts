import 'server-only';
import { eq } from 'drizzle-orm';
import type { DB } from '../connection';
import { comparison } from '../schema';
import { createComparison, type NewComparisonInput } from './create-comparison';
import { getComparison, type ComparisonDetail } from './get-comparison';

export type NewSubmission = Omit<
  NewComparisonInput,
  'status' | 'source' | 'publishedAt' | 'receiptTokenHash'
> & {
  receiptTokenHash: string;
};

/**
 * Stores a visitor's submission: one transaction (see createComparison), waiting for a teacher
 * (status 'pending', so no public page or query shows it), findable only by its receipt token.
 */
export function createSubmission(db: DB, input: NewSubmission): { id: number; slug: string } {
  return createComparison(db, {
    ...input,
    status: 'pending',
    source: 'submission',
    publishedAt: null,
  });
}

/** The submission behind a receipt link (by the token's SHA-256), whatever its status. */
export function getSubmissionByReceipt(
  db: DB,
  receiptTokenHash: string,
  viewerLocale: 'nl' | 'en',
): ComparisonDetail | null {
  const row = db
    .select({ id: comparison.id })
    .from(comparison)
    .where(eq(comparison.receiptTokenHash, receiptTokenHash))
    .get();
  return row ? getComparison(db, { id: row.id }, viewerLocale) : null;
}
