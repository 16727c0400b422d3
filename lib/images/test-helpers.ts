import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, expect } from 'vitest';
import type { IngestedImage } from './ingest';
import { imageDirPath } from './store';
import { THUMB_SIZE } from './limits';
import { fullFileName, THUMB_FILE } from './urls';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));
export async function freshDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ingest-test-'));
  dirs.push(dir);
  return dir;
}

/** Reads back every written file and checks its format, size and that no metadata survived. */
export async function expectStored(imageDir: string, image: IngestedImage) {
  const dir = imageDirPath(imageDir, image.hash);
  const expected = [
    fullFileName(image.format),
    THUMB_FILE,
    ...image.variantWidths.flatMap((w) => [`${w}.avif`, `${w}.webp`]),
  ];
  expect((await readdir(dir)).sort()).toEqual(expected.sort());
  for (const file of expected) {
    const bytes = await readFile(path.join(dir, file));
    const meta = await sharp(bytes).metadata();
    const [name, ext] = file.split('.');
    if (name === 'thumb') {
      // A 96 px square, or the narrowest WebP variant where that is smaller (see ingest.ts).
      const narrowest = await readFile(path.join(dir, `${image.variantWidths[0]}.webp`));
      if (bytes.equals(narrowest)) expect(meta.width, file).toBe(image.variantWidths[0]);
      else expect([meta.width, meta.height], file).toEqual([THUMB_SIZE, THUMB_SIZE]);
      expect(bytes.length, file).toBeLessThanOrEqual(narrowest.length);
    } else {
      const width = name === 'full' ? image.width : Number(name);
      expect(meta.width, file).toBe(width);
      expect(meta.height, file).toBe(Math.max(1, Math.round((image.height * width) / image.width)));
    }
    expect(meta.format, file).toBe({ avif: 'heif', webp: 'webp', png: 'png', jpg: 'jpeg' }[ext!]);
    if (ext === 'avif') expect(meta.compression).toBe('av1');
    expect(meta.depth, file).toBe('uchar');
    expect([meta.exif, meta.xmp, meta.iptc, meta.icc, meta.comments], file).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(meta.orientation ?? 1, file).toBe(1);
  }
  expect(image.placeholder).toMatch(/^data:image\/webp;base64,/);
  expect(image.placeholder.length).toBeLessThan(1024);
  expect(image.dominantColor).toMatch(/^#[0-9a-f]{6}$/);
  expect(image.phash).toMatch(/^[0-9a-f]{16}$/);
}
