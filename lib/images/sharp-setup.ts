import 'server-only';
import sharp, { type Metadata, type Sharp, type SharpOptions } from 'sharp';
import { ImageRejectedError } from './errors';
import { MAX_IMAGE_PIXELS } from './limits';

/**
 * The one place sharp is configured: safety limits on input, the encoder settings, and a small
 * queue. The benchmark's bare sharp script reuses INPUT_OPTIONS and ENCODE so that the two do
 * the same work.
 */

// One libvips thread per operation; parallelism comes from running a few operations at once
// (see `limited`). The operation cache only holds memory: every upload is a different image.
sharp.concurrency(1);
sharp.cache(false);

export const INPUT_OPTIONS = {
  // sharp refuses larger images from the header alone, before allocating any pixels.
  limitInputPixels: MAX_IMAGE_PIXELS,
  // Refuse truncated or damaged data instead of storing a half-grey picture ('warning' would
  // also refuse harmless quirks that many cameras write).
  failOn: 'error',
} as const satisfies SharpOptions;

/** Far beyond what a 40 MP image needs; stops a pathological file from holding a thread. */
export const TIMEOUT = { seconds: 30 };

/**
 * AVIF effort 2 (of 0–9), measured on 1024 px synthetic photos with one libvips thread: effort 0
 * takes ~60–150 ms but files are ~25% larger on smooth areas; effort 2 ~200–400 ms; effort 3
 * doubles that for nothing; effort 4 (the default) takes over 4 s. AVIF is encoded once and
 * served many times, so 2 is the balance. Quality values are the usual web ones.
 */
export const ENCODE = {
  avif: { quality: 55, effort: 2 },
  webp: { quality: 80, effort: 4 },
  jpeg: { quality: 90, mozjpeg: true },
  png: { compressionLevel: 6 },
} as const;

/** Decoded, oriented, 8-bit sRGB pixels, from which every output is derived without decoding again. */
export type Pixels = { data: Buffer; width: number; height: number; channels: 1 | 2 | 3 | 4 };

/** Reads only the header: dimensions, frames, alpha. Cheap even for a huge declared size. */
export async function readHeader(input: Buffer): Promise<Metadata> {
  try {
    return await sharp(input, INPUT_OPTIONS).metadata();
  } catch (error) {
    throw rejectFromSharp(error);
  }
}

export async function decodePixels(input: Buffer): Promise<Pixels> {
  try {
    const { data, info } = await sharp(input, INPUT_OPTIONS)
      .timeout(TIMEOUT)
      .rotate() // EXIF orientation; no metadata is written to any output below
      .toColourspace('srgb') // CMYK, ICC profiles and 16-bit samples all end as 8-bit sRGB
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height, channels: info.channels };
  } catch (error) {
    throw rejectFromSharp(error);
  }
}

/** A pipeline over decoded pixels; sharp writes no metadata unless asked, so outputs carry none. */
export function fromPixels({ data, width, height, channels }: Pixels): Sharp {
  return sharp(data, { raw: { width, height, channels } }).timeout(TIMEOUT);
}

/** Errors while reading the upload are the upload's fault; a timeout is ours, so it stays a 500. */
function rejectFromSharp(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  if (/pixel limit/i.test(message)) {
    return new ImageRejectedError('too-many-pixels', message, { maxPixels: MAX_IMAGE_PIXELS });
  }
  if (/timeout/i.test(message)) return error instanceof Error ? error : new Error(message);
  return new ImageRejectedError('corrupt', `The image could not be decoded: ${message}`);
}

/**
 * Runs at most `max` sharp jobs at once. sharp works on libuv's thread pool (4 threads), which
 * file reads share: without a cap, one upload's seven encodes would queue every image request.
 */
export function createLimiter(max: number) {
  let running = 0;
  const waiting: Array<() => void> = [];
  return async function limited<T>(job: () => Promise<T>): Promise<T> {
    if (running < max) running++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await job();
    } finally {
      // Hand the slot straight to the next job, so a newcomer cannot slip in between.
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}
