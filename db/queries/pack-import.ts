import 'server-only';
import { eq } from 'drizzle-orm';
import type { DB } from '../connection';
import {
  image,
  promptVariant,
  runImage,
  tallyQuestion,
  tallyVote,
  type TallyOption,
  type TallyReference,
  type TallyTemplate,
} from '../schema';
import { createComparison, type NewComparisonInput, type StoredImage } from './create-comparison';

export type ImportedQuestion = {
  template: TallyTemplate | null;
  label: string | null;
  options: TallyOption[];
  votingOpen: boolean;
  reference: TallyReference | null;
};
/** Vote counts by 0-based positions. */
export type ImportedVotes = { question: number; variant: number; run: number; option: string; count: number };
export type ImportedComparison = NewComparisonInput & {
  slug: string;
  questions: ImportedQuestion[];
  votes: ImportedVotes[];
};

/** An image already in the store, by the sha256 of its full-size file (which is its hash). */
export function findStoredImage(db: DB, hash: string): StoredImage | null {
  const row = db.select().from(image).where(eq(image.hash, hash)).get();
  if (!row) return null;
  return {
    hash: row.hash,
    width: row.width,
    height: row.height,
    bytes: row.bytes,
    format: row.format,
    variantWidths: row.variantWidths,
    dominantColor: row.dominantColor,
    placeholder: row.placeholder,
    phash: row.phash,
  };
}

export function isImageReferenced(db: DB, hash: string): boolean {
  return Boolean(db.select({ hash: image.hash }).from(image).where(eq(image.hash, hash)).get());
}

/**
 * Writes every comparison of a pack, with its questions and vote counts, in one transaction: the
 * whole pack or nothing. A slug that is taken gets a suffix (createComparison decides it inside
 * the transaction, so two imports cannot both take it). Votes become one row per counted answer
 * with a voter id that cannot match a browser's (those are hex hashes).
 */
export function writeImportedPack(db: DB, items: ImportedComparison[]): Array<{ id: number; slug: string }> {
  return db.transaction((tx) => {
    const t = tx as unknown as DB;
    return items.map(({ questions, votes, ...input }) => {
      const created = createComparison(t, input);
      const questionIds = questions.map((q, position) => {
        const [row] = t
          .insert(tallyQuestion)
          .values({ comparisonId: created.id, position, ...q })
          .returning({ id: tallyQuestion.id })
          .all();
        return row!.id;
      });
      const runIds = runIdsOf(t, created.id);
      let batch: Array<typeof tallyVote.$inferInsert> = [];
      for (const v of votes) {
        for (let i = 0; i < v.count; i++) {
          batch.push({
            questionId: questionIds[v.question]!,
            runId: runIds.get(`${v.variant}:${v.run}`)!,
            voterHash: `import:${v.option}:${i}`,
            option: v.option,
          });
          if (batch.length === 400) {
            t.insert(tallyVote).values(batch).run();
            batch = [];
          }
        }
      }
      if (batch.length > 0) t.insert(tallyVote).values(batch).run();
      return created;
    });
  });
}

function runIdsOf(db: DB, comparisonId: number): Map<string, number> {
  const rows = db
    .select({ id: runImage.id, run: runImage.position, variant: promptVariant.position })
    .from(runImage)
    .innerJoin(promptVariant, eq(promptVariant.id, runImage.variantId))
    .where(eq(promptVariant.comparisonId, comparisonId))
    .all();
  return new Map(rows.map((r) => [`${r.variant}:${r.run}`, r.id]));
}
