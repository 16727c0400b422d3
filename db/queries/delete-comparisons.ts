import 'server-only';
import { and, count, eq, inArray, notExists, sql } from 'drizzle-orm';
import type { DB } from '../connection';
import { comparison, comparisonTag, image, promptVariant, runImage, tag } from '../schema';

// Deleting for good, for a submitter who asks (or a teacher who decides). The foreign keys cascade
// from a comparison to its prompts, runs, tag links, reports, tally questions and their votes;
// the triggers of migrations 0001 and 0002 drop its search entry and move the page cache's
// content version on. What cascades cannot reach is done here in the same transaction: image rows
// (content-addressed, so possibly shared with another comparison) and tags that no comparison
// uses any more. The caller removes the freed image files once the rows are gone.

export type Deletion = {
  /** Comparisons removed. */
  deleted: number;
  /** Hashes of images no row uses any more: their files can go. */
  freedImages: string[];
};

/** Deletes these comparisons and everything that is only theirs, in one transaction. */
export function deleteComparisonsForGood(db: DB, ids: number[]): Deletion {
  if (ids.length === 0) return { deleted: 0, freedImages: [] };
  return db.transaction((tx) => eraseRows(tx as unknown as DB, ids), { behavior: 'immediate' });
}

export type SubmitterDeletion = ({ ok: true } & Deletion) | { ok: false; current: number };

/**
 * Deletes every comparison sent in under this submitter name, but only if there are still exactly
 * `expected` of them: the teacher confirmed a number, and a submission that arrived after the page
 * was shown must not disappear unseen. On a mismatch nothing changes and the new count comes back.
 */
export function deleteSubmitterComparisons(
  db: DB,
  submitterName: string,
  expected: number,
): SubmitterDeletion {
  return db.transaction(
    (tx) => {
      const ids = submitterComparisonIds(tx as unknown as DB, submitterName);
      if (ids.length !== expected || ids.length === 0) return { ok: false, current: ids.length };
      return { ok: true, ...eraseRows(tx as unknown as DB, ids) };
    },
    { behavior: 'immediate' },
  );
}

/** How many comparisons carry this submitter name (exactly as stored), whatever their status. */
export function countSubmitterComparisons(db: DB, submitterName: string): number {
  return db
    .select({ n: count() })
    .from(comparison)
    .where(eq(comparison.submitterName, submitterName))
    .get()!.n;
}

function submitterComparisonIds(db: DB, submitterName: string): number[] {
  return db
    .select({ id: comparison.id })
    .from(comparison)
    .where(eq(comparison.submitterName, submitterName))
    .all()
    .map((r) => r.id);
}

function eraseRows(db: DB, ids: number[]): Deletion {
  const hashes = db
    .selectDistinct({ hash: runImage.imageHash })
    .from(runImage)
    .innerJoin(promptVariant, eq(promptVariant.id, runImage.variantId))
    .where(inArray(promptVariant.comparisonId, ids))
    .all()
    .map((r) => r.hash);
  const tagIds = db
    .selectDistinct({ id: comparisonTag.tagId })
    .from(comparisonTag)
    .where(inArray(comparisonTag.comparisonId, ids))
    .all()
    .map((r) => r.id);

  const deleted = db.delete(comparison).where(inArray(comparison.id, ids)).run().changes;

  const unused = (hash: typeof image.hash) =>
    notExists(
      db
        .select({ one: sql`1` })
        .from(runImage)
        .where(eq(runImage.imageHash, hash)),
    );
  const freedImages =
    hashes.length === 0
      ? []
      : db
          .delete(image)
          .where(and(inArray(image.hash, hashes), unused(image.hash)))
          .returning({ hash: image.hash })
          .all()
          .map((r) => r.hash);
  if (tagIds.length > 0) {
    db.delete(tag)
      .where(
        and(
          inArray(tag.id, tagIds),
          notExists(
            db
              .select({ one: sql`1` })
              .from(comparisonTag)
              .where(eq(comparisonTag.tagId, tag.id)),
          ),
        ),
      )
      .run();
  }
  return { deleted, freedImages };
}

/** The submitter name a comparison was sent in under, or null (none given, or no such row). */
export function submitterNameOf(db: DB, id: number): string | null {
  return (
    db
      .select({ name: comparison.submitterName })
      .from(comparison)
      .where(eq(comparison.id, id))
      .get()?.name ?? null
  );
}
