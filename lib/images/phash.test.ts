import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestImage } from './ingest';
import { hammingDistance, phashFromGrey } from './phash';
import { halves, photoLike } from './test-fixtures';

let imageDir = '';
beforeAll(async () => {
  imageDir = await mkdtemp(path.join(os.tmpdir(), 'phash-test-'));
});
afterAll(() => rm(imageDir, { recursive: true, force: true }));
const phashOf = async (input: Promise<Buffer>) =>
  (await ingestImage(await input, { imageDir })).phash;

describe('phash', () => {
  it('is 0 apart for the same picture, small for a shifted brighter copy, large for another', async () => {
    const original = await photoLike(512, 512, 4).png().toBuffer();
    const a = await phashOf(Promise.resolve(original));
    const reencoded = await phashOf(sharp(original).jpeg({ quality: 70 }).toBuffer());
    const shifted = await phashOf(
      sharp(original)
        .extract({ left: 8, top: 5, width: 500, height: 500 })
        .linear(1, 15)
        .png()
        .toBuffer(),
    );
    const others = await Promise.all([
      phashOf(photoLike(512, 512, 6).png().toBuffer()),
      phashOf(halves(512, 512).png().toBuffer()),
    ]);
    expect(hammingDistance(a, a)).toBe(0);
    expect(hammingDistance(a, reencoded)).toBeLessThanOrEqual(4);
    expect(hammingDistance(a, shifted)).toBeLessThanOrEqual(10);
    for (const other of others) expect(hammingDistance(a, other)).toBeGreaterThanOrEqual(20);
  });

  it('works on raw greyscale pixels and checks its inputs', () => {
    const ramp = Uint8Array.from({ length: 1024 }, (_, i) => (i % 32) * 8);
    expect(phashFromGrey(ramp)).toMatch(/^[0-9a-f]{16}$/);
    expect(() => phashFromGrey(new Uint8Array(10))).toThrow();
    expect(hammingDistance('0000000000000000', 'ffffffffffffffff')).toBe(64);
    expect(hammingDistance('8000000000000001', '0000000000000000')).toBe(2);
    expect(() => hammingDistance('xyz', '0000000000000000')).toThrow();
  });
});
