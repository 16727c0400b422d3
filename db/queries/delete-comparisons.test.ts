import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@/lib/testing/test-db';
import { templateOptions } from '@/lib/tally/templates';
import {
  comparison,
  comparisonTag,
  image,
  imageFeatures,
  promptVariant,
  report,
  runImage,
  tag,
  tallyQuestion,
  tallyVote,
} from '../schema';
import { getContentVersion } from './content-version';
import { createComparison, type StoredImage } from './create-comparison';
import {
  countSubmitterComparisons,
  deleteComparisonsForGood,
  deleteSubmitterComparisons,
} from './delete-comparisons';
import { listComparisons } from './list-comparisons';
import { addQuestion } from './tallies';
import { castVote } from './tally-votes';

const { db, cleanup } = createTestDatabase();
afterAll(cleanup);

const picture = (n: number): StoredImage => ({
  hash: n.toString(16).padStart(64, '0'),
  width: 64,
  height: 48,
  bytes: 1000,
  format: 'png',
  variantWidths: [64],
  dominantColor: '#336699',
  placeholder: 'data:image/webp;base64,AAAA',
  phash: '0'.repeat(16),
  features: { version: 1, grey: Buffer.from([1, 2, 3]), histogram: Buffer.from([4, 5]) },
});

function make(title: string, images: number[], opts: { submitter?: string; tags?: string[] } = {}) {
  return createComparison(db, {
    title,
    description: `About ${title}`,
    caseKind: 'bias',
    locale: 'en',
    status: 'published',
    publishedAt: new Date(),
    submitterName: opts.submitter ?? null,
    tags: opts.tags ?? [],
    variants: [
      {
        prompt: `a zebracorn ${title}`,
        tool: 'SD',
        runs: images.map((i) => ({ image: picture(i) })),
      },
    ],
  }).id;
}

const rowsOf = {
  variants: (id: number) =>
    db.select().from(promptVariant).where(eq(promptVariant.comparisonId, id)).all(),
  reports: (id: number) => db.select().from(report).where(eq(report.comparisonId, id)).all(),
  questions: (id: number) =>
    db.select().from(tallyQuestion).where(eq(tallyQuestion.comparisonId, id)).all(),
  tagLinks: (id: number) =>
    db.select().from(comparisonTag).where(eq(comparisonTag.comparisonId, id)).all(),
};
const imageHashes = () =>
  db
    .select({ hash: image.hash })
    .from(image)
    .all()
    .map((r) => r.hash);
const featureHashes = () =>
  db
    .select({ hash: imageFeatures.imageHash })
    .from(imageFeatures)
    .all()
    .map((r) => r.hash);
const tagNames = () =>
  db
    .select({ name: tag.name })
    .from(tag)
    .all()
    .map((r) => r.name);
const searchRows = (id: number) =>
  db.all<{ n: number }>(sql`SELECT count(*) AS n FROM comparison_search WHERE rowid = ${id}`)[0]!.n;

describe('deleteComparisonsForGood', () => {
  it('removes the comparison with everything only it used, in every table and the search index', () => {
    const shared = make('kept', [1, 2], { tags: ['shared-tag'] });
    const id = make('doomed', [2, 3], { tags: ['shared-tag', 'only-doomed'] });
    db.insert(report).values({ comparisonId: id, reason: 'privacy' }).run();
    const question = addQuestion(db, id, {
      template: 'age',
      label: null,
      options: templateOptions('age'),
    })!;
    const run = db
      .select({ id: runImage.id })
      .from(runImage)
      .innerJoin(promptVariant, eq(promptVariant.id, runImage.variantId))
      .where(eq(promptVariant.comparisonId, id))
      .get()!.id;
    expect(
      castVote(db, {
        questionId: question,
        runId: run,
        voterHash: 'h'.repeat(64),
        option: templateOptions('age')[0]!.key,
      }),
    ).toBe('saved');
    expect(listComparisons(db, { q: 'doomed' }, 'en').items.map((i) => i.id)).toEqual([id]);
    const version = getContentVersion(db);

    const result = deleteComparisonsForGood(db, [id]);

    expect(result.deleted).toBe(1);
    // Picture 2 is shared with the comparison that stays; only picture 3 was this one's alone.
    expect(result.freedImages).toEqual([picture(3).hash]);
    expect(imageHashes()).toEqual(expect.arrayContaining([picture(1).hash, picture(2).hash]));
    expect(imageHashes()).not.toContain(picture(3).hash);
    expect(featureHashes()).not.toContain(picture(3).hash);
    expect(db.select().from(comparison).where(eq(comparison.id, id)).all()).toEqual([]);
    expect(rowsOf.variants(id)).toEqual([]);
    expect(rowsOf.reports(id)).toEqual([]);
    expect(rowsOf.questions(id)).toEqual([]);
    expect(rowsOf.tagLinks(id)).toEqual([]);
    expect(db.select().from(tallyVote).where(eq(tallyVote.questionId, question)).all()).toEqual([]);
    expect(db.select().from(runImage).where(eq(runImage.id, run)).all()).toEqual([]);
    expect(tagNames()).toContain('shared-tag');
    expect(tagNames()).not.toContain('only-doomed');
    expect(searchRows(id)).toBe(0);
    expect(listComparisons(db, { q: 'doomed' }, 'en').items).toEqual([]);
    expect(getContentVersion(db)).toBeGreaterThan(version);

    // The other comparison is whole.
    expect(rowsOf.variants(shared)).toHaveLength(1);
    expect(listComparisons(db, { q: 'kept' }, 'en').items.map((i) => i.id)).toEqual([shared]);
  });

  it('deletes nothing for an unknown id or an empty list', () => {
    const before = imageHashes().length;
    expect(deleteComparisonsForGood(db, [999_999])).toEqual({ deleted: 0, freedImages: [] });
    expect(deleteComparisonsForGood(db, [])).toEqual({ deleted: 0, freedImages: [] });
    expect(imageHashes()).toHaveLength(before);
  });
});

describe('deleteSubmitterComparisons', () => {
  it('deletes every comparison under the name once the confirmed count still holds', () => {
    const mine = [
      make('anna one', [10, 11], { submitter: 'Anna' }),
      make('anna two', [11, 12], { submitter: 'Anna' }),
    ];
    const others = [
      make('bob', [12], { submitter: 'Bob' }),
      make('anna lower', [13], { submitter: 'anna' }),
    ];
    expect(countSubmitterComparisons(db, 'Anna')).toBe(2);

    // The teacher saw one; a second arrived since: nothing happens, the new count comes back.
    expect(deleteSubmitterComparisons(db, 'Anna', 1)).toEqual({ ok: false, current: 2 });
    expect(db.select().from(comparison).where(inArray(comparison.id, mine)).all()).toHaveLength(2);

    const result = deleteSubmitterComparisons(db, 'Anna', 2);
    expect(result).toMatchObject({ ok: true, deleted: 2 });
    // Picture 12 is also Bob's, so only 10 and 11 are freed.
    expect(result.ok && [...result.freedImages].sort()).toEqual([
      picture(10).hash,
      picture(11).hash,
    ]);
    expect(db.select().from(comparison).where(inArray(comparison.id, mine)).all()).toEqual([]);
    expect(db.select().from(comparison).where(inArray(comparison.id, others)).all()).toHaveLength(
      2,
    );
    expect(countSubmitterComparisons(db, 'Anna')).toBe(0);
    expect(deleteSubmitterComparisons(db, 'Anna', 0)).toEqual({ ok: false, current: 0 });
  });
});
