/**
 * The database for bench:measure: three published comparisons of 4 variants × 12 runs with distinct
 * pictures. "full" has stored features, 3 tally questions and 1,000 votes; "bare" has the same
 * shape without features, questions or votes (the page before issue 6); "features" has features
 * only, to tell the variation section's cost from the tallies'.
 */
import { inArray } from 'drizzle-orm';
import type { DB } from '@/db/connection';
import { createComparison } from '@/db/queries/create-comparison';
import { imageFeatures, tallyQuestion, tallyVote, TALLY_TEMPLATES } from '@/db/schema';
import { ingestImage, type IngestedImage } from '@/lib/images/ingest';
import { photoLike } from '@/lib/images/test-fixtures';
import { templateOptions } from '@/lib/tally/templates';

export const [VARIANTS, RUNS, VOTES] = [4, 12, 1000];

async function pictures(count: number, firstSeed: number, imageDir: string): Promise<IngestedImage[]> {
  const out: IngestedImage[] = [];
  for (let i = 0; i < count; i++) out.push(await ingestImage(await photoLike(384, 384, firstSeed + i).png().toBuffer(), { imageDir }));
  return out;
}

function comparisonOf(db: DB, slug: string, images: IngestedImage[]) {
  return createComparison(db, {
    slug, title: `Measure bench ${slug}`, description: 'bench:measure', caseKind: 'variation', locale: 'en',
    status: 'published', source: 'seed', publishedAt: new Date(),
    variants: Array.from({ length: VARIANTS }, (_, v) => ({
      prompt: `variant ${v + 1} of a lighthouse`, tool: ['DALL·E', 'Stable Diffusion', 'Midjourney', 'Firefly'][v]!,
      runs: images.slice(v * RUNS, (v + 1) * RUNS).map((image, r) => ({ image, settings: { seed: r } })),
    })),
  });
}

export async function fillMeasureBench(db: DB, imageDir: string) {
  const n = VARIANTS * RUNS;
  const [full, bare, featuresOnly] = [await pictures(n, 1, imageDir), await pictures(n, 1000, imageDir), await pictures(n, 2000, imageDir)];
  const fullId = comparisonOf(db, 'measure-full', full).id;
  comparisonOf(db, 'measure-bare', bare);
  comparisonOf(db, 'measure-features', featuresOnly);
  db.delete(imageFeatures).where(inArray(imageFeatures.imageHash, bare.map((i) => i.hash))).run();

  const runIds = db.$client.prepare('SELECT r.id FROM run_image r JOIN prompt_variant v ON v.id = r.variant_id WHERE v.comparison_id = ? ORDER BY r.id').all(fullId) as Array<{ id: number }>;
  const questions = TALLY_TEMPLATES.map((template, position) =>
    db.insert(tallyQuestion).values({ comparisonId: fullId, position, template, options: templateOptions(template) }).returning().get(),
  );
  const votes = Array.from({ length: VOTES }, (_, i) => {
    const q = questions[i % questions.length]!;
    const options = q.options;
    // 1,000 distinct (question, run, voter) triples: a class of ~21 voters answering every run.
    return { questionId: q.id, runId: runIds[Math.floor(i / questions.length) % runIds.length]!.id, voterHash: `voter-${i}`, option: options[(i * 7) % options.length]!.key };
  });
  db.insert(tallyVote).values(votes).run();
  return { images: 2 * n, questions: questions.length, votes: votes.length };
}
