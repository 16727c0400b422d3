import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DB } from '@/db/connection';
import { comparison, tallyQuestion, tallyVote } from '@/db/schema';
import { createTestDatabase } from '@/lib/testing/test-db';
import { badPacks, validPack, type PackImages } from './testing/bad-packs';
import { footprint, freshImages, writeTemp } from './testing/test-pack-env';
import { importPack } from './import-pack';
import { PackRefusedError } from './refusals';

let db: DB;
let dir: string;
let cleanup: () => void;
let imageDir: string;
beforeAll(() => {
  ({ db, dir, cleanup } = createTestDatabase());
  imageDir = path.join(dir, 'images');
});
afterAll(() => cleanup());

const run = async (zip: Buffer, status: 'pending' | 'published' = 'pending') =>
  importPack(db, await writeTemp(dir, `p-${Math.random()}.zip`, zip), { imageDir, status });

describe('importPack', () => {
  it('imports a valid pack with its questions and votes, as the teacher chose', async () => {
    const report = await run(validPack('nurse-at-work', await freshImages(2)), 'published');
    expect(report.comparisons).toMatchObject([{ slug: 'nurse-at-work', packSlug: 'nurse-at-work', runs: 2, questions: 1, votes: 5 }]);
    expect(report.images).toEqual({ total: 2, stored: 2, reused: 0 });
    const row = db.select().from(comparison).where(eq(comparison.slug, 'nurse-at-work')).get()!;
    expect(row).toMatchObject({ status: 'published', source: 'import', title: 'Pack test nurse-at-work' });
    expect(row.publishedAt).toBeInstanceOf(Date);
    const [q] = db.select().from(tallyQuestion).where(eq(tallyQuestion.comparisonId, row.id)).all();
    expect(q).toMatchObject({ label: 'Does the person wear a uniform?', reference: { shares: { yes: 0.5, no: 0.5 }, source: 'a guess' } });
    expect(db.select().from(tallyVote).where(eq(tallyVote.questionId, q!.id)).all()).toHaveLength(5);
  });

  it('renames a slug that is taken instead of overwriting or refusing', async () => {
    const images = await freshImages(2);
    await run(validPack('taken-slug', images));
    const second = await run(validPack('taken-slug', images));
    expect(second.comparisons[0]!.packSlug).toBe('taken-slug');
    expect(second.comparisons[0]!.slug).toMatch(/^taken-slug-[0-9a-f]{6}$/);
    // The same pictures again: reused by hash, not stored twice.
    expect(second.images).toEqual({ total: 2, stored: 0, reused: 2 });
  });
});

describe('a bad pack is refused and leaves nothing behind', async () => {
  let images: PackImages;
  beforeAll(async () => {
    images = await freshImages(2);
  });
  const cases = badPacks('bad-pack', await freshImages(2));
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, bad) => {
    // Fresh images per case: a refused import must delete the files it had already stored.
    const pack = badPacks('bad-pack', images).find((c) => c.name === bad.name)!;
    const before = await footprint(db, imageDir);
    const error = await run(pack.zip).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PackRefusedError);
    expect((error as PackRefusedError).refusals.map((r) => r.code)).toContain(bad.code);
    expect(await footprint(db, imageDir)).toEqual(before);
    images = await freshImages(2);
  });
});
