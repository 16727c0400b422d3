import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { DB } from '../connection';
import {
  comparison,
  tallyQuestion,
  tallyVote,
  type TallyOption,
  type TallyReference,
  type TallyTemplate,
} from '../schema';

export type TallyQuestionRow = typeof tallyQuestion.$inferSelect;
export type NewTallyQuestion = {
  template: TallyTemplate | null;
  label: string | null;
  options: TallyOption[];
  reference?: TallyReference | null;
};

/** A comparison's questions in the order the teacher added them. */
export function listQuestions(db: DB, comparisonId: number): TallyQuestionRow[] {
  return db
    .select()
    .from(tallyQuestion)
    .where(eq(tallyQuestion.comparisonId, comparisonId))
    .orderBy(asc(tallyQuestion.position))
    .all();
}

/**
 * Appends a question; position is taken inside the write lock so two teachers cannot collide.
 * Null when the comparison is gone (deleted in another tab).
 */
export function addQuestion(db: DB, comparisonId: number, input: NewTallyQuestion): number | null {
  return db.transaction(
    (tx) => {
      if (!tx.select({ id: comparison.id }).from(comparison).where(eq(comparison.id, comparisonId)).get()) return null;
      const { next } = tx
        .select({ next: sql<number>`coalesce(max(${tallyQuestion.position}), -1) + 1` })
        .from(tallyQuestion)
        .where(eq(tallyQuestion.comparisonId, comparisonId))
        .get()!;
      return tx
        .insert(tallyQuestion)
        .values({ comparisonId, position: next, ...input, reference: input.reference ?? null })
        .returning({ id: tallyQuestion.id })
        .get().id;
    },
    { behavior: 'immediate' },
  );
}

// The teacher's changes name both the question and the comparison the page showed, so a form
// posted with another comparison's question id changes nothing. Each returns whether a row matched.
const owned = (comparisonId: number, questionId: number) =>
  and(eq(tallyQuestion.id, questionId), eq(tallyQuestion.comparisonId, comparisonId));

export function setVotingOpen(db: DB, comparisonId: number, questionId: number, open: boolean) {
  const result = db
    .update(tallyQuestion)
    .set({ votingOpen: open })
    .where(owned(comparisonId, questionId))
    .run();
  return result.changes > 0;
}

export function setReference(
  db: DB,
  comparisonId: number,
  questionId: number,
  reference: TallyReference | null,
) {
  const result = db
    .update(tallyQuestion)
    .set({ reference })
    .where(owned(comparisonId, questionId))
    .run();
  return result.changes > 0;
}

export function deleteQuestion(db: DB, comparisonId: number, questionId: number) {
  return db.delete(tallyQuestion).where(owned(comparisonId, questionId)).run().changes > 0;
}

/** Removes every answer to one question; the question itself stays. Returns how many went. */
export function resetVotes(db: DB, comparisonId: number, questionId: number): number | null {
  return db.transaction((tx) => {
    const question = tx.select({ id: tallyQuestion.id }).from(tallyQuestion).where(owned(comparisonId, questionId)).get();
    if (!question) return null;
    return tx.delete(tallyVote).where(eq(tallyVote.questionId, questionId)).run().changes;
  });
}
