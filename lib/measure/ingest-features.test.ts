import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createComparison } from '@/db/queries/create-comparison';
import { getImageFeatures, listImagesNeedingFeatures } from '@/db/queries/image-features';
import { imageFeatures } from '@/db/schema';
import { ingestImage } from '@/lib/images/ingest';
import { createTestDatabase } from '@/lib/testing/test-db';
import { backfillImageFeatures } from './backfill-features';
import { GREY_SIZE } from './features';
import { photo } from './test-pictures';

const { db, dir, cleanup } = createTestDatabase();
afterAll(cleanup);
const imageDir = path.join(dir, 'images');

describe('features at ingest', () => {
  it('ingest computes features and createComparison stores them with the image rows', async () => {
    const images = await Promise.all([1, 2].map(async (seed) => ingestImage(await photo(seed), { imageDir })));
    expect(images[0]!.features?.grey).toHaveLength(GREY_SIZE * GREY_SIZE);
    createComparison(db, {
      title: 'Features', description: '', caseKind: 'variation', locale: 'en', status: 'published', source: 'seed',
      variants: [{ prompt: 'p', tool: 't', runs: images.map((image) => ({ image })) }],
    });
    const stored = getImageFeatures(db, images.map((i) => i.hash));
    expect(stored.size).toBe(2);
    expect(stored.get(images[0]!.hash)!.grey).toEqual(new Uint8Array(images[0]!.features!.grey));
    expect(listImagesNeedingFeatures(db)).toEqual([]);
  });

  it('the start-up backfill measures images stored without features, from their files', async () => {
    const image = await ingestImage(await photo(9), { imageDir, features: false });
    expect(image.features).toBeUndefined();
    createComparison(db, {
      title: 'Old', description: '', caseKind: 'variation', locale: 'en', status: 'published', source: 'seed',
      variants: [{ prompt: 'p', tool: 't', runs: [{ image }] }],
    });
    expect(listImagesNeedingFeatures(db).map((i) => i.hash)).toEqual([image.hash]);
    expect(await backfillImageFeatures(db, imageDir)).toEqual({ computed: 1, failed: 0 });
    expect(getImageFeatures(db, [image.hash]).size).toBe(1);
    expect(db.select().from(imageFeatures).all()).toHaveLength(3);
    expect(await backfillImageFeatures(db, imageDir)).toEqual({ computed: 0, failed: 0 });
  });
});
