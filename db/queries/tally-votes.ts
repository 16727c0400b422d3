import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { DB } from '../connection';
import { comparison, promptVariant, runImage, tallyQuestion, tallyVote } from '../schema';

export type CastVote = { questionId: number; runId: number; voterHash: string; option: string };
export type CastResult = 'saved' | 'closed' | 'invalid';

/**
 * One browser's answer about one image. Answering again replaces the earlier answer (the primary
 * key is question × image × browser), so a voter can change their mind but never count twice.
 * Refused as 'invalid' unless the question belongs to a published comparison, the image to that
 * comparison and the option to the question; as 'closed' when the teacher closed voting.
 */
export function castVote(db: DB, vote: CastVote): CastResult {
  return db.transaction(
    (tx) => {
      const target = tx
        .select({ options: tallyQuestion.options, open: tallyQuestion.votingOpen })
        .from(tallyQuestion)
        .innerJoin(comparison, eq(comparison.id, tallyQuestion.comparisonId))
        .innerJoin(promptVariant, eq(promptVariant.comparisonId, comparison.id))
        .innerJoin(runImage, eq(runImage.variantId, promptVariant.id))
        .where(
          and(
            eq(tallyQuestion.id, vote.questionId),
            eq(runImage.id, vote.runId),
            eq(comparison.status, 'published'),
          ),
        )
        .get();
      if (!target || !target.options.some((o) => o.key === vote.option)) return 'invalid';
      if (!target.open) return 'closed';
      tx.insert(tallyVote)
        .values({ ...vote, createdAt: new Date() })
        .onConflictDoUpdate({
          target: [tallyVote.questionId, tallyVote.runId, tallyVote.voterHash],
          set: { option: vote.option, createdAt: new Date() },
        })
        .run();
      return 'saved';
    },
    { behavior: 'immediate' },
  );
}

export type VoteCountRow = { questionId: number; runId: number; option: string; count: number };

/** Answers per question, image and option for one comparison: one grouped read on the index. */
export function voteCounts(db: DB, comparisonId: number): VoteCountRow[] {
  return db
    .select({
      questionId: tallyVote.questionId,
      runId: tallyVote.runId,
      option: tallyVote.option,
      count: sql<number>`count(*)`,
    })
    .from(tallyVote)
    .innerJoin(tallyQuestion, eq(tallyQuestion.id, tallyVote.questionId))
    .where(eq(tallyQuestion.comparisonId, comparisonId))
    .groupBy(tallyVote.questionId, tallyVote.runId, tallyVote.option)
    .all();
}

/** What this browser answered to one question, by image, so the vote page can show it. */
export function voterAnswers(db: DB, questionId: number, voterHash: string): Map<number, string> {
  const rows = db
    .select({ runId: tallyVote.runId, option: tallyVote.option })
    .from(tallyVote)
    .where(and(eq(tallyVote.questionId, questionId), eq(tallyVote.voterHash, voterHash)))
    .all();
  return new Map(rows.map((r) => [r.runId, r.option]));
}
