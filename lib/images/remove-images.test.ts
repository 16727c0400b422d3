import { access, mkdtemp, rm, utimes } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeImageFiles } from './remove-images';
import { imageDirPath, storeImageFiles } from './store';

let imageDir = '';
beforeEach(async () => {
  imageDir = await mkdtemp(path.join(os.tmpdir(), 'remove-images-test-'));
});
afterEach(() => rm(imageDir, { recursive: true, force: true }));

const [hashA, hashB, hashC] = ['a', 'b', 'c'].map((c) => c.repeat(64)) as [string, string, string];
const files = [{ name: 'full.png', data: Buffer.from('full') }];
const exists = (hash: string) =>
  access(imageDirPath(imageDir, hash)).then(
    () => true,
    () => false,
  );
const age = (hash: string, ms: number) => {
  const then = new Date(Date.now() - ms);
  return utimes(imageDirPath(imageDir, hash), then, then);
};

describe('removeImageFiles', () => {
  it('removes the named images, keeps others and any touched by an upload since', async () => {
    for (const hash of [hashA, hashB, hashC]) await storeImageFiles(imageDir, hash, files);
    await age(hashA, 60_000);
    await age(hashC, 60_000);
    // hashB was stored (or re-uploaded) after the deletion began: an upload may claim it.
    const since = new Date(Date.now() - 30_000);

    expect(await removeImageFiles(imageDir, [hashA, hashB, 'd'.repeat(64)], since)).toEqual({
      removed: 1,
      kept: 1,
    });
    expect([await exists(hashA), await exists(hashB), await exists(hashC)]).toEqual([
      false,
      true,
      true,
    ]);
  });

  it('refuses anything that is not an image hash', async () => {
    await expect(removeImageFiles(imageDir, ['../../etc'], new Date())).rejects.toThrow();
  });
});
