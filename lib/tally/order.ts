import { mulberry32, shuffleInPlace } from '@/lib/gan/random';

/**
 * The order in which a voter sees the images of one question: shuffled, so the runs of one prompt
 * do not come in a block (answers drift when ten similar pictures follow each other), but the same
 * for every voter and every visit, so "image 3 of 8" and the back link stay meaningful.
 */
export function votingOrder<T>(items: readonly T[], seed: number): T[] {
  return shuffleInPlace([...items], mulberry32(seed));
}
