import 'server-only';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { PackComparison, PackFile } from '@/lib/validation/pack-manifest';
import type { TallyRow } from '@/lib/packs/tallies-csv';
import type { DB } from '../connection';
import { comparison, image, promptVariant, runImage, tallyQuestion, tallyVote } from '../schema';
import { getComparison } from './get-comparison';

export type PackImage = PackFile & { hash: string; format: 'png' | 'jpeg'; path: string };
export type PackExportItem = { comparison: PackComparison; images: PackImage[]; tallies: TallyRow[] };

/** Where a stored image goes in a pack: named by its hash, so shared pictures appear once. */
export function packImagePath(hash: string, format: 'png' | 'jpeg'): string {
  return `images/${hash}.${format === 'png' ? 'png' : 'jpg'}`;
}

/**
 * One comparison as a pack holds it: the manifest entry, the images it uses and its vote counts.
 * Only what the pack format carries: no status, dates, ids or anything about voters.
 */
export function loadPackExportItem(db: DB, id: number): PackExportItem | null {
  const found = getComparison(db, { id }, 'en');
  if (!found) return null;
  const hashes = [...new Set(found.variants.flatMap((v) => v.runs.map((r) => r.image.hash)))];
  const facts = db
    .select({ hash: image.hash, bytes: image.bytes, width: image.width, height: image.height, format: image.format })
    .from(image)
    .where(inArray(image.hash, hashes))
    .all();
  const images = facts.map((f) => ({ ...f, sha256: f.hash, path: packImagePath(f.hash, f.format) }));
  const pathOf = new Map(images.map((i) => [i.hash, i.path]));
  const questions = db
    .select()
    .from(tallyQuestion)
    .where(eq(tallyQuestion.comparisonId, id))
    .orderBy(asc(tallyQuestion.position))
    .all();
  const comparison: PackComparison = {
    slug: found.slug,
    title: found.title,
    description: found.description,
    locale: found.locale,
    translations: found.translations,
    caseKind: found.caseKind,
    submitterName: found.submitterName,
    tags: found.tags,
    variants: found.variants.map((v) => ({
      prompt: v.prompt,
      revisedPrompt: v.revisedPrompt,
      tool: v.tool,
      model: v.model,
      settings: cleanSettings(v.settings),
      generatedAt: v.generatedAt,
      runs: v.runs.map((r) => ({ file: pathOf.get(r.image.hash)!, settings: cleanSettings(r.settings) })),
    })),
    ...(questions.length > 0 && {
      questions: questions.map((q) => ({
        template: q.template,
        label: q.label,
        options: q.options,
        votingOpen: q.votingOpen,
        reference: q.reference,
      })),
    }),
  };
  return { comparison, images, tallies: voteCounts(db, id, found.slug) };
}

function voteCounts(db: DB, comparisonId: number, slug: string): TallyRow[] {
  const rows = db
    .select({
      question: tallyQuestion.position,
      variant: promptVariant.position,
      run: runImage.position,
      option: tallyVote.option,
      count: sql<number>`count(*)`,
    })
    .from(tallyVote)
    .innerJoin(tallyQuestion, eq(tallyQuestion.id, tallyVote.questionId))
    .innerJoin(runImage, eq(runImage.id, tallyVote.runId))
    .innerJoin(promptVariant, eq(promptVariant.id, runImage.variantId))
    .where(eq(tallyQuestion.comparisonId, comparisonId))
    .groupBy(tallyQuestion.position, promptVariant.position, runImage.position, tallyVote.option)
    .orderBy(tallyQuestion.position, promptVariant.position, runImage.position, tallyVote.option)
    .all();
  return rows.map((r) => ({ slug, question: r.question + 1, variant: r.variant + 1, run: r.run + 1, option: r.option, count: r.count }));
}

/** JSON drops undefined; the manifest schema allows only strings, numbers and booleans. */
function cleanSettings(settings: Record<string, unknown>): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(settings)) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = v;
  }
  return out;
}

/** The id of a published comparison: only those can be exported by visitors. */
export function findPublishedId(db: DB, slug: string): number | null {
  const row = db
    .select({ id: comparison.id, status: comparison.status })
    .from(comparison)
    .where(eq(comparison.slug, slug))
    .get();
  return row?.status === 'published' ? row.id : null;
}
