import { hammingDistance } from '@/lib/images/phash';
import type { ImageFeatureData } from './features';
import { hellinger } from './histogram-distance';
import { ssim } from './ssim';

/** One run's stored facts, as the page loads them. */
export type RunFeatures = ImageFeatureData & { phash: string };

export type PairDistance = {
  /** Weighted mean of the three parts below, 0 (same pixels) to 1 (nothing in common). */
  combined: number;
  /** 1 − SSIM, clamped to 0–1: composition, light and dark. */
  structure: number;
  /** Hellinger distance of the colour histograms. */
  colour: number;
  /** phash bits that differ, out of 64 (unrelated pictures differ in about 32). */
  hamming: number;
  ssim: number;
  nearDuplicate: boolean;
};

/**
 * Structure counts most because that is what a viewer notices first; the perceptual hash is a
 * second, coarser view of structure that is robust to small shifts and re-encoding; colour
 * catches "same scene, other palette". Unrelated pictures sit near 1 on each part.
 */
export const WEIGHTS = { structure: 0.4, hash: 0.3, colour: 0.3 } as const;
/** Hamming distance at which phash alone says "unrelated" (half of the 64 bits). */
export const HAMMING_UNRELATED = 32;

/**
 * Two runs are near-duplicates when their perceptual hashes differ in at most this many bits
 * (re-encoded or slightly retouched copies stay well below; different pictures of one prompt
 * are typically 20 or more apart)…
 */
export const NEAR_DUPLICATE_HAMMING = 6;
/** …or when their thumbnails are structurally almost identical. */
export const NEAR_DUPLICATE_SSIM = 0.95;

export function isNearDuplicate(hamming: number, structuralSimilarity: number): boolean {
  return hamming <= NEAR_DUPLICATE_HAMMING || structuralSimilarity >= NEAR_DUPLICATE_SSIM;
}

export function pairDistance(a: RunFeatures, b: RunFeatures): PairDistance {
  const s = ssim(a.grey, b.grey);
  const structure = Math.min(1, Math.max(0, 1 - s));
  const colour = hellinger(a.histogram, b.histogram);
  const hamming = hammingDistance(a.phash, b.phash);
  const hash = Math.min(1, hamming / HAMMING_UNRELATED);
  const combined = WEIGHTS.structure * structure + WEIGHTS.hash * hash + WEIGHTS.colour * colour;
  return { combined, structure, colour, hamming, ssim: s, nearDuplicate: isNearDuplicate(hamming, s) };
}
