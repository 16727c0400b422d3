import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect-format';
import { ImageRejectedError } from './errors';
import { apng, photoLike, threeFrames } from './test-fixtures';

const detected = (bytes: Uint8Array) => {
  try {
    return detectFormat(bytes);
  } catch (error) {
    return (error as ImageRejectedError).detail?.detected;
  }
};

describe('detectFormat', () => {
  it('recognizes the accepted formats by their bytes', async () => {
    const image = photoLike(32, 32);
    expect(detected(await image.clone().png().toBuffer())).toEqual({
      format: 'png',
      animated: false,
      lossless: true,
    });
    expect(detected(await image.clone().jpeg().toBuffer())).toEqual({
      format: 'jpeg',
      animated: false,
      lossless: false,
    });
    expect(detected(await image.clone().webp().toBuffer())).toEqual({
      format: 'webp',
      animated: false,
      lossless: false,
    });
    expect(detected(await image.clone().webp({ lossless: true }).toBuffer())).toMatchObject({
      lossless: true,
    });
    expect(detected(await image.clone().avif({ effort: 0 }).toBuffer())).toEqual({
      format: 'avif',
      animated: false,
      lossless: false,
    });
  });

  it('flags animations', async () => {
    expect(detected(await apng())).toMatchObject({ format: 'png', animated: true });
    expect(detected(await threeFrames().webp().toBuffer())).toMatchObject({
      format: 'webp',
      animated: true,
    });
  });

  it('names what it refuses', async () => {
    const text = (s: string) => Buffer.from(s, 'latin1');
    expect(detected(await threeFrames().gif().toBuffer())).toBe('gif');
    expect(detected(text('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBe('svg');
    expect(detected(text('<!-- hi -->\n<!doctype html><p>x'))).toBe('html');
    expect(detected(text('<?xml version="1.0"?><rss/>'))).toBe('xml');
    expect(detected(text('BM\x00\x00\x01\x00\x00\x00'))).toBe('bmp');
    expect(detected(Buffer.from([0xff, 0x0a, 1, 2]))).toBe('jpeg-xl');
    expect(detected(text('hello, world\n'))).toBe('text');
    expect(detected(Buffer.from([0xff, 0xd8]))).toBe('unknown'); // too short to be a JPEG
  });
});
