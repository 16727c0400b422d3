import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ingestImage } from './ingest';
import { imageDirPath } from './store';
import { expectStored, freshDir } from './test-helpers';
import { photoLike } from './test-fixtures';
import { fullFileName } from './urls';

describe('ingestImage colour handling', () => {
  it('turns 16-bit PNG, CMYK JPEG, P3 and AVIF input into 8-bit sRGB', async () => {
    const inputs = {
      png16: photoLike(300, 200).toColourspace('rgb16').png(),
      cmyk: photoLike(300, 200).toColourspace('cmyk').jpeg(),
      p3: photoLike(300, 200).withIccProfile('p3').jpeg(),
      avif: photoLike(300, 200).avif({ effort: 0 }),
    };
    expect((await sharp(await inputs.png16.toBuffer()).metadata()).depth).toBe('ushort');
    expect((await sharp(await inputs.cmyk.toBuffer()).metadata()).space).toBe('cmyk');
    for (const [name, input] of Object.entries(inputs)) {
      const dir = await freshDir();
      const image = await ingestImage(await input.toBuffer(), { imageDir: dir });
      expect(image.format, name).toBe(name === 'png16' ? 'png' : 'jpeg');
      await expectStored(dir, image);
      const full = path.join(imageDirPath(dir, image.hash), fullFileName(image.format));
      expect((await sharp(full).metadata()).space, name).toBe('srgb');
    }
  });

  it('converts colours from an embedded profile instead of just dropping it', async () => {
    const srgb = { r: 200, g: 60, b: 40 };
    const input = await sharp({ create: { width: 64, height: 64, channels: 3, background: srgb } })
      .withIccProfile('p3')
      .png()
      .toBuffer();
    const { data: asP3 } = await sharp(input, { ignoreIcc: true })
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect(Math.abs(asP3[0]! - srgb.r)).toBeGreaterThan(5); // the file holds P3 numbers
    const dir = await freshDir();
    const image = await ingestImage(input, { imageDir: dir });
    const full = path.join(imageDirPath(dir, image.hash), 'full.png');
    const { data } = await sharp(full).raw().toBuffer({ resolveWithObject: true });
    expect([...data.subarray(0, 3)].map((v, i) => Math.abs(v - [200, 60, 40][i]!) <= 2)).toEqual([
      true,
      true,
      true,
    ]);
  });
});
