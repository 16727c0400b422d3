import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { aggregateTallies, type QuestionTally } from '@/lib/tally/aggregate';
import type { DB } from '../connection';
import { comparison, promptVariant, runImage } from '../schema';
import { listQuestions, type TallyQuestionRow } from './tallies';
import { voteCounts, type VoteCountRow } from './tally-votes';

export type TallyVariantRuns = { id: number; position: number; prompt: string; runs: { id: number; position: number }[] };
export type TallyData = {
  questions: TallyQuestionRow[];
  variants: TallyVariantRuns[];
  counts: VoteCountRow[];
};

/** Everything the tallies of one published comparison are made of, or null if it is not public. */
export function getTallyData(db: DB, comparisonId: number): TallyData | null {
  const rows = db
    .select({
      variantId: promptVariant.id,
      variantPosition: promptVariant.position,
      prompt: promptVariant.prompt,
      runId: runImage.id,
      runPosition: runImage.position,
    })
    .from(promptVariant)
    .innerJoin(comparison, eq(comparison.id, promptVariant.comparisonId))
    .innerJoin(runImage, eq(runImage.variantId, promptVariant.id))
    .where(and(eq(promptVariant.comparisonId, comparisonId), eq(comparison.status, 'published')))
    .orderBy(asc(promptVariant.position), asc(runImage.position))
    .all();
  if (rows.length === 0) return null;
  const variants = new Map<number, TallyVariantRuns>();
  for (const r of rows) {
    const v = variants.get(r.variantId) ??
      { id: r.variantId, position: r.variantPosition, prompt: r.prompt, runs: [] };
    v.runs.push({ id: r.runId, position: r.runPosition });
    variants.set(r.variantId, v);
  }
  return {
    questions: listQuestions(db, comparisonId),
    variants: [...variants.values()],
    counts: voteCounts(db, comparisonId),
  };
}

/** The live numbers: per question and variant, counts, shares, intervals and evenness. */
export function getTallyResults(db: DB, comparisonId: number): QuestionTally[] | null {
  const data = getTallyData(db, comparisonId);
  if (!data) return null;
  return aggregateTallies(
    data.questions,
    data.variants.map((v) => ({ id: v.id, runIds: v.runs.map((r) => r.id) })),
    data.counts,
  );
}
