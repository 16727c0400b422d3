import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { imageDirPath, imageFilePath, storeImageFiles, sweepImageStore } from './store';

let imageDir = '';
beforeEach(async () => {
  imageDir = await mkdtemp(path.join(os.tmpdir(), 'store-test-'));
});
afterEach(() => rm(imageDir, { recursive: true, force: true }));

const hashA = 'a'.repeat(64);
const hashB = 'b'.repeat(64);
const files = [
  { name: 'full.png', data: Buffer.from('full') },
  { name: '256.avif', data: Buffer.from('avif') },
];

describe('image store', () => {
  it('lays files out as <dir>/<2 hex>/<hash>/<file> and refuses anything else', () => {
    expect(imageFilePath('/data/images', hashA, '256.avif')).toBe(
      `/data/images/aa/${hashA}/256.avif`,
    );
    expect(() => imageFilePath('/data/images', '../etc', 'x.png')).toThrow();
    expect(() => imageFilePath('/data/images', hashA, '../x.png')).toThrow();
  });

  it('writes an image once', async () => {
    expect(await storeImageFiles(imageDir, hashA, files)).toBe(true);
    expect(await storeImageFiles(imageDir, hashA, files)).toBe(false);
    expect((await readdir(imageDirPath(imageDir, hashA))).sort()).toEqual(['256.avif', 'full.png']);
  });

  it('sweeps orphans and leftovers, keeps referenced and recent images', async () => {
    await storeImageFiles(imageDir, hashA, files);
    await storeImageFiles(imageDir, hashB, files);
    const leftover = path.join(imageDir, 'aa', '.tmp-crashed');
    await mkdir(leftover);
    await writeFile(path.join(leftover, 'full.png'), 'half');
    await writeFile(path.join(imageDir, 'README'), 'not ours: left alone');

    // Just written: an upload may be about to commit its row, so nothing goes yet.
    expect(await sweepImageStore(imageDir, new Set([hashA]))).toEqual({
      removedFiles: 0,
      removedTemp: 0,
    });

    const hourAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    for (const dir of [leftover, imageDirPath(imageDir, hashA), imageDirPath(imageDir, hashB)]) {
      await utimes(dir, hourAgo, hourAgo);
    }
    expect(await sweepImageStore(imageDir, new Set([hashA]))).toEqual({
      removedFiles: 2,
      removedTemp: 1,
    });
    expect(await readdir(path.join(imageDir, 'aa'))).toEqual([hashA]);
    expect(await readdir(path.join(imageDir, 'bb'))).toEqual([]);
    expect(await readdir(imageDir)).toContain('README');
    expect(await sweepImageStore(path.join(imageDir, 'missing'), new Set())).toEqual({
      removedFiles: 0,
      removedTemp: 0,
    });
  });

  it('a re-upload of an orphan makes it recent again, so a sweep spares it', async () => {
    await storeImageFiles(imageDir, hashA, files);
    const hourAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    await utimes(imageDirPath(imageDir, hashA), hourAgo, hourAgo);
    await storeImageFiles(imageDir, hashA, files);
    expect(await sweepImageStore(imageDir, new Set())).toEqual({ removedFiles: 0, removedTemp: 0 });
    expect(await sweepImageStore(imageDir, new Set(), { minAgeMs: 0 })).toEqual({
      removedFiles: 2,
      removedTemp: 0,
    });
  });
});
