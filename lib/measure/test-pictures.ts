import 'server-only';
import sharp from 'sharp';
import { phashOf } from '@/lib/images/describe-pixels';
import { featuresOf } from '@/lib/images/features';
import { decodePixels } from '@/lib/images/sharp-setup';
import { photoLike } from '@/lib/images/test-fixtures';
import type { RunFeatures } from './distance';
import { decodeFeatures } from './features';

/** Test pictures with known relations, measured through the real ingest feature code. */
export async function measure(png: Buffer): Promise<RunFeatures> {
  const pixels = await decodePixels(png);
  return { ...decodeFeatures(await featuresOf(pixels))!, phash: await phashOf(pixels) };
}

export const photo = (seed: number, size = 256) => photoLike(size, size, seed).png().toBuffer();

/** The same picture moved `dx` px right (the strip that appears is repeated edge, as a crop would). */
export async function shifted(png: Buffer, dx: number): Promise<Buffer> {
  const { width = 0, height = 0 } = await sharp(png).metadata();
  const moved = await sharp(png).extend({ left: dx, extendWith: 'copy' }).extract({ left: 0, top: 0, width, height }).toBuffer();
  return sharp(moved).png().toBuffer();
}

/** Re-encoded as a lossy JPEG, as a copy passed around the internet would be. */
export const reencoded = async (png: Buffer) => sharp(await sharp(png).jpeg({ quality: 70 }).toBuffer()).png().toBuffer();
