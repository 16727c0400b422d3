/** The GAN demo's digit classifier, used here to tally what example generators drew. */
import * as tf from '@tensorflow/tfjs';
import { classify, type Classifier } from '@/lib/gan/classifier';
import { qualityFromProbs } from '@/lib/gan/metrics';

/**
 * The judge's reading of greyscale tiles (255 = ink): the digit it is confident about
 * (≥ 90%, lib/gan/metrics) or null for "not clearly a digit".
 */
export async function judgeTiles(
  judge: Classifier,
  tiles: readonly Uint8Array[],
): Promise<(number | null)[]> {
  if (tiles.length === 0) return [];
  const pixels = new Float32Array(tiles.length * 784);
  tiles.forEach((t, i) => t.forEach((v, k) => (pixels[i * 784 + k] = v / 127.5 - 1)));
  const probs = tf.tidy(() => classify(judge, tf.tensor4d(pixels, [tiles.length, 28, 28, 1])));
  const q = qualityFromProbs((await probs.data()) as Float32Array, tiles.length);
  probs.dispose();
  return q.digit;
}

/** Counts per digit 0–9 of the confident readings, and how many were not clearly a digit. */
export function tally(readings: readonly (number | null)[]): {
  histogram: number[];
  unclear: number;
} {
  const histogram = new Array<number>(10).fill(0);
  let unclear = 0;
  for (const r of readings) {
    if (r === null) unclear++;
    else histogram[r] = (histogram[r] ?? 0) + 1;
  }
  return { histogram, unclear };
}
