import 'server-only';
import { readFile } from 'node:fs/promises';
import { encodeFeatures, FEATURE_SOURCE_SIZE, featuresFromRgb, type StoredFeatures } from '@/lib/measure/features';
import { decodePixels, fromPixels, type Pixels } from './sharp-setup';
import { imageFilePath } from './store';
import { fullFileName, type FullFormat } from './urls';

/**
 * The variation features (lib/measure/features.ts) of decoded pixels: one small resize, the rest
 * is arithmetic on 4,096 pixels. Squashed to a square on purpose: runs of one variant share their
 * size, and a fixed grid keeps thumbnails of different shapes comparable.
 */
export async function featuresOf(pixels: Pixels): Promise<StoredFeatures> {
  const { data, info } = await fromPixels(pixels)
    .flatten({ background: '#ffffff' }) // transparency counts as the page's white, as in phashOf
    .toColourspace('srgb')
    .resize(FEATURE_SOURCE_SIZE, FEATURE_SOURCE_SIZE, { fit: 'fill' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return encodeFeatures(featuresFromRgb(data, info.channels));
}

/** For images stored before features existed: decode the stored full-size file again. */
export async function featuresOfStoredImage(imageDir: string, hash: string, format: FullFormat): Promise<StoredFeatures> {
  const bytes = await readFile(imageFilePath(imageDir, hash, fullFileName(format)));
  return featuresOf(await decodePixels(bytes));
}
