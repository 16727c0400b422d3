import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ingestImage } from './ingest';
import { imageDirPath } from './store';
import { expectStored, freshDir } from './test-helpers';
import { photoLike, sidewaysJpegWithGps } from './test-fixtures';

describe('ingestImage', () => {
  it('applies EXIF orientation and drops GPS and every other metadata', async () => {
    const input = await sidewaysJpegWithGps();
    const inMeta = await sharp(input).metadata();
    expect([inMeta.width, inMeta.height, inMeta.orientation]).toEqual([300, 200, 6]);
    expect(inMeta.exif?.includes(Buffer.from([0, 0, 0, 52, 0, 0, 0, 1]))).toBe(true); // 52° N

    const dir = await freshDir();
    const image = await ingestImage(input, { imageDir: dir });
    expect(image).toMatchObject({ width: 200, height: 300, format: 'jpeg', variantWidths: [200] });
    await expectStored(dir, image);
    // Orientation 6 turns the picture clockwise: its red left half ends on top.
    const full = await readFile(path.join(imageDirPath(dir, image.hash), 'full.jpg'));
    const { data } = await sharp(full).raw().toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => [
      ...data.subarray((y * 200 + x) * 3, (y * 200 + x) * 3 + 3),
    ];
    expect(pixel(100, 20)[0]).toBeGreaterThan(200);
    expect(pixel(100, 280)[2]).toBeGreaterThan(200);
  });

  it('keeps transparency as PNG and writes variants at 256, 512 and 1024 px', async () => {
    const dir = await freshDir();
    const image = await ingestImage(await photoLike(1100, 500, 2, 4).png().toBuffer(), {
      imageDir: dir,
    });
    expect(image).toMatchObject({
      width: 1100,
      height: 500,
      format: 'png',
      variantWidths: [256, 512, 1024],
    });
    await expectStored(dir, image);
    const webp = await sharp(path.join(imageDirPath(dir, image.hash), '512.webp')).metadata();
    expect(webp.hasAlpha).toBe(true);
  });

  it('writes a 96 px square thumbnail, or the narrowest WebP where that is smaller', async () => {
    const thumbOf = async (input: Buffer) => {
      const dir = await freshDir();
      const image = await ingestImage(input, { imageDir: dir });
      await expectStored(dir, image);
      const read = (file: string) => readFile(path.join(imageDirPath(dir, image.hash), file));
      return {
        thumb: await read('thumb.webp'),
        narrowest: await read(`${image.variantWidths[0]}.webp`),
      };
    };
    // A photo: the square is a fraction of the 256 px variant.
    const photo = await thumbOf(await photoLike(1024, 768, 5).jpeg().toBuffer());
    expect(await sharp(photo.thumb).metadata()).toMatchObject({ width: 96, height: 96 });
    expect(photo.thumb.length).toBeLessThan(photo.narrowest.length / 2);
    // Pixel art, as the example digits are (28 px blown up to 224): hard edges compress better
    // at their own size than scaled to 96 px, so the thumbnail is that variant's bytes.
    const digit = await sharp(
      await photoLike(28, 28, 6).greyscale().threshold(128).png().toBuffer(),
    )
      .resize({ width: 224, kernel: 'nearest' })
      .png()
      .toBuffer();
    const art = await thumbOf(digit);
    expect(art.thumb.equals(art.narrowest)).toBe(true);
  });

  it('stores an opaque photo (JPEG or lossy WebP input) as JPEG, never enlarging', async () => {
    for (const input of [photoLike(600, 400, 3).jpeg(), photoLike(600, 400, 3).webp()]) {
      const dir = await freshDir();
      const image = await ingestImage(await input.toBuffer(), { imageDir: dir });
      expect(image).toMatchObject({
        width: 600,
        height: 400,
        format: 'jpeg',
        variantWidths: [256, 512],
      });
      await expectStored(dir, image);
    }
  });

  it('handles a tiny 3 × 3 image and a very wide 4000 × 40 one', async () => {
    const dir = await freshDir();
    const tiny = await ingestImage(await photoLike(3, 3).png().toBuffer(), { imageDir: dir });
    expect(tiny).toMatchObject({ width: 3, height: 3, variantWidths: [3] });
    await expectStored(dir, tiny);
    const wide = await ingestImage(await photoLike(4000, 40).jpeg().toBuffer(), { imageDir: dir });
    expect(wide).toMatchObject({ width: 4000, height: 40, variantWidths: [256, 512, 1024] });
    await expectStored(dir, wide);
  });

  it('decides from the bytes: a JPEG named .png is a JPEG', async () => {
    const dir = await freshDir();
    const file = path.join(dir, 'photo.png');
    await writeFile(file, await photoLike(64, 64).jpeg().toBuffer());
    const image = await ingestImage(new Uint8Array(await readFile(file)), { imageDir: dir });
    expect(image.format).toBe('jpeg');
  });

  it('stores identical images once, even when uploaded at the same moment', async () => {
    const dir = await freshDir();
    const input = await photoLike(400, 300, 5).png().toBuffer();
    const [a, b] = await Promise.all([
      ingestImage(input, { imageDir: dir }),
      ingestImage(input, { imageDir: dir }),
    ]);
    const c = await ingestImage(input, { imageDir: dir });
    expect(new Set([a.hash, b.hash, c.hash]).size).toBe(1);
    const prefixDir = path.dirname(imageDirPath(dir, a.hash));
    expect(await readdir(prefixDir)).toEqual([a.hash]); // no temporary directory left behind
    await expectStored(dir, a);
  });
});
