import type { TallyOption } from '@/db/schema';
import { normalizedEntropy, parityDifference, wilsonInterval } from './stats';

export type VoteCount = { questionId: number; runId: number; option: string; count: number };
export type OptionTally = { key: string; count: number; share: number; low: number; high: number };
export type VariantTally = {
  variantId: number;
  total: number;
  options: OptionTally[];
  parity: number | null;
  entropy: number | null;
};
export type QuestionTally = { questionId: number; votingOpen: boolean; variants: VariantTally[] };

type QuestionShape = { id: number; options: TallyOption[]; votingOpen: boolean };
type VariantShape = { id: number; runIds: number[] };

/**
 * Answers per question and prompt variant: every option of the question appears (with 0 when
 * nobody chose it, so the bars and the evenness measures see all k options), in the question's
 * order. Each answer counts once — one browser's answer about one image — and all runs of a
 * variant are pooled. Votes for an option the question does not have are ignored.
 */
export function aggregateTallies(
  questions: readonly QuestionShape[],
  variants: readonly VariantShape[],
  counts: readonly VoteCount[],
): QuestionTally[] {
  const variantOfRun = new Map<number, number>();
  for (const v of variants) for (const r of v.runIds) variantOfRun.set(r, v.id);
  const cell = new Map<string, number>();
  for (const c of counts) {
    const variantId = variantOfRun.get(c.runId);
    if (variantId === undefined) continue;
    const key = `${c.questionId}|${variantId}|${c.option}`;
    cell.set(key, (cell.get(key) ?? 0) + c.count);
  }
  return questions.map((q) => ({
    questionId: q.id,
    votingOpen: q.votingOpen,
    variants: variants.map((v) => {
      const raw = q.options.map((o) => cell.get(`${q.id}|${v.id}|${o.key}`) ?? 0);
      const total = raw.reduce((a, b) => a + b, 0);
      return {
        variantId: v.id,
        total,
        options: q.options.map((o, i) => ({
          key: o.key,
          count: raw[i]!,
          share: total ? raw[i]! / total : 0,
          ...wilsonInterval(raw[i]!, total),
        })),
        parity: parityDifference(raw),
        entropy: normalizedEntropy(raw),
      };
    }),
  }));
}
