import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '@/db/connection';
import { createComparison } from '@/db/queries/create-comparison';
import { loadPackExportItem, type PackExportItem } from '@/db/queries/pack-export';
import { tallyQuestion, tallyVote, runImage, promptVariant } from '@/db/schema';
import { ingestImage } from '@/lib/images/ingest';
import { createTestDatabase } from '@/lib/testing/test-db';
import { eq } from 'drizzle-orm';
import { buildPackExport } from './export-pack';
import { importPack } from './import-pack';
import { footprint, freshImages } from './testing/test-pack-env';

type Env = { db: DB; dir: string; cleanup: () => void; imageDir: string };
const open = (): Env => {
  const t = createTestDatabase();
  return { ...t, imageDir: path.join(t.dir, 'images') };
};
let a: Env;
let b: Env;
beforeAll(() => {
  a = open();
  b = open();
});
afterAll(() => {
  a.cleanup();
  b.cleanup();
});

/** A published comparison with PNG and JPEG runs, tags, translations, two questions and votes. */
async function seedOriginal(env: Env): Promise<number> {
  const [png1, png2] = await freshImages(2, 'png');
  const [jpg1] = await freshImages(1, 'jpeg');
  const ingest = (img: { data: Buffer }) => ingestImage(img.data, { imageDir: env.imageDir });
  const { id } = createComparison(env.db, {
    slug: 'a-ceo-at-work',
    title: 'Een CEO op het werk',
    description: 'Wie verschijnt er?',
    translations: { en: { title: 'A CEO at work', description: 'Who appears?' } },
    caseKind: 'bias',
    locale: 'nl',
    status: 'published',
    source: 'submission',
    submitterName: 'Juf Anna',
    publishedAt: new Date(),
    tags: ['beroepen', 'ceo'],
    variants: [
      {
        prompt: 'a CEO',
        revisedPrompt: 'A photo of a CEO in an office',
        tool: 'DALL·E',
        model: 'dall-e-3',
        settings: { width: 1024, height: 1024, sampler: 'n/a', hd: true },
        generatedAt: '2026-10-01',
        runs: [{ image: await ingest(png1!), settings: { seed: 'abc' } }, { image: await ingest(jpg1!) }],
      },
      { prompt: 'a CEO, diverse', tool: 'DALL·E', runs: [{ image: await ingest(png2!), settings: { seed: 7 } }] },
    ],
  });
  const [q1, q2] = env.db
    .insert(tallyQuestion)
    .values([
      { comparisonId: id, position: 0, template: 'perceived-gender', label: null, options: [{ key: 'woman', label: null }, { key: 'man', label: null }, { key: 'cant-tell', label: null }], reference: { shares: { woman: 0.3, man: 0.7 }, source: 'CBS 2024' } },
      { comparisonId: id, position: 1, template: null, label: 'Suit, "yes" or no?', options: [{ key: 'yes', label: 'Yes, a suit' }, { key: 'no', label: 'No' }], votingOpen: false },
    ])
    .returning()
    .all();
  const runs = env.db.select({ id: runImage.id }).from(runImage).innerJoin(promptVariant, eq(promptVariant.id, runImage.variantId)).where(eq(promptVariant.comparisonId, id)).orderBy(promptVariant.position, runImage.position).all();
  const votes = [
    ...[0, 1, 2].map((i) => ({ questionId: q1!.id, runId: runs[0]!.id, voterHash: `v${i}`, option: i < 2 ? 'man' : 'woman' })),
    { questionId: q1!.id, runId: runs[2]!.id, voterHash: 'v0', option: 'cant-tell' },
    { questionId: q2!.id, runId: runs[1]!.id, voterHash: 'v1', option: 'yes' },
  ];
  env.db.insert(tallyVote).values(votes).run();
  return id;
}

async function exportToFile(env: Env, id: number): Promise<string> {
  const pack = buildPackExport(env.db, [id], { imageDir: env.imageDir, name: 'test' })!;
  const file = path.join(env.dir, `export-${id}.zip`);
  await pipeline(pack.stream, createWriteStream(file));
  return file;
}

const withoutSlug = (item: PackExportItem) => ({
  ...item,
  comparison: { ...item.comparison, slug: '' },
  tallies: item.tallies.map((t) => ({ ...t, slug: '' })),
});

describe('export then import', () => {
  it('reproduces the comparison exactly on the same server: images by hash, metadata, tallies', async () => {
    const id = await seedOriginal(a);
    const original = loadPackExportItem(a.db, id)!;
    expect(original.tallies).toHaveLength(4);
    const file = await exportToFile(a, id);
    const report = await importPack(a.db, file, { imageDir: a.imageDir, status: 'pending' });
    expect(report.images).toEqual({ total: 3, stored: 0, reused: 3 });
    const copy = loadPackExportItem(a.db, report.comparisons[0]!.id)!;
    expect(copy.comparison.slug).not.toBe(original.comparison.slug);
    expect(withoutSlug(copy)).toEqual(withoutSlug(original));
  });

  it('on another server, PNG runs keep their hash; a JPEG is stored anew by the pipeline', async () => {
    const original = loadPackExportItem(a.db, 1)!;
    const file = await exportToFile(a, 1);
    const before = await footprint(b.db, b.imageDir);
    const report = await importPack(b.db, file, { imageDir: b.imageDir, status: 'published' });
    expect(before.comparisons).toBe(0);
    expect(report.comparisons[0]!.slug).toBe('a-ceo-at-work');
    const copy = loadPackExportItem(b.db, report.comparisons[0]!.id)!;
    const hashes = (item: PackExportItem) => item.images.map((i) => `${i.format}:${i.format === 'png' ? i.hash : 'jpeg'}`).sort();
    expect(hashes(copy)).toEqual(hashes(original));
    expect({ ...copy.comparison, variants: [] }).toEqual({ ...original.comparison, variants: [] });
    expect(copy.tallies).toEqual(original.tallies);
    expect(copy.comparison.variants.map((v) => v.prompt)).toEqual(original.comparison.variants.map((v) => v.prompt));
  });
});
