import { readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ImageRejectedError, type ImageRejectCode } from './errors';
import { ingestImage } from './ingest';
import { MAX_IMAGE_BYTES } from './limits';
import { apng, photoLike, pngDeclaring, threeFrames } from './test-fixtures';

const imageDir = path.join(os.tmpdir(), `ingest-rejects-${process.pid}`);
afterAll(() => rm(imageDir, { recursive: true, force: true }));

async function expectRejected(input: Uint8Array, code: ImageRejectCode, detail?: object) {
  const error = await ingestImage(input, { imageDir }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ImageRejectedError);
  expect((error as ImageRejectedError).code).toBe(code);
  if (detail) expect((error as ImageRejectedError).detail).toMatchObject(detail);
  expect(await readdir(imageDir, { recursive: true }).catch(() => [])).toEqual([]); // nothing written
}

const text = (s: string) => Buffer.from(s, 'utf8');

describe('ingestImage refuses', () => {
  it('empty and oversized files', async () => {
    await expectRejected(new Uint8Array(0), 'empty');
    const huge = Buffer.alloc(MAX_IMAGE_BYTES + 1);
    (await photoLike(16, 16).jpeg().toBuffer()).copy(huge);
    await expectRejected(huge, 'too-large', { maxBytes: MAX_IMAGE_BYTES });
  });

  it('formats we do not accept, whatever the file was called', async () => {
    await expectRejected(text('just some notes.txt renamed to .png'), 'unsupported-format', {
      detected: 'text',
    });
    await expectRejected(
      text(
        '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>',
      ),
      'unsupported-format',
      { detected: 'svg' },
    );
    await expectRejected(
      text('\ufeff <!DOCTYPE html><html><script>alert(1)</script>'),
      'unsupported-format',
      {
        detected: 'html',
      },
    );
    await expectRejected(text('%PDF-1.7\n%âãÏÓ\n'), 'unsupported-format', { detected: 'pdf' });
    await expectRejected(await photoLike(16, 16).tiff().toBuffer(), 'unsupported-format', {
      detected: 'tiff',
    });
    const heic = Buffer.concat([
      Buffer.from([0, 0, 0, 24]),
      text('ftypheic\0\0\0\0mif1heic'),
      Buffer.alloc(64),
    ]);
    await expectRejected(heic, 'unsupported-format', { detected: 'heic' });
    await expectRejected(Buffer.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0xfe]), 'unsupported-format', {
      detected: 'unknown',
    });
  });

  it('GIFs (animated or not) as unsupported, animated WebP and APNG as animated', async () => {
    await expectRejected(await threeFrames().gif().toBuffer(), 'unsupported-format', {
      detected: 'gif',
    });
    await expectRejected(await threeFrames().webp().toBuffer(), 'animated');
    await expectRejected(await apng(), 'animated');
  });

  it('a PNG declaring 30,000 × 30,000 px, from its header alone', async () => {
    await expectRejected(pngDeclaring(30_000, 30_000), 'too-many-pixels');
    await expectRejected(pngDeclaring(10_000, 4_001), 'too-many-pixels');
  });

  it('truncated and damaged images', async () => {
    const png = await photoLike(200, 200).png().toBuffer();
    await expectRejected(png.subarray(0, png.length / 2), 'corrupt');
    await expectRejected(png.subarray(0, 30), 'corrupt');
    const jpeg = await photoLike(200, 200).jpeg().toBuffer();
    await expectRejected(jpeg.subarray(0, jpeg.length / 2), 'corrupt');
    const damaged = Buffer.from(png);
    damaged.fill(0x55, 100, 400);
    await expectRejected(damaged, 'corrupt');
  });
});
