import type { DigitCards } from '@/lib/gan/protocol';
import { TILE_BYTES } from '@/lib/gan/protocol';

export interface Card {
  pixels: Uint8Array;
  real: boolean;
  dScore: number;
  digit: number | null;
  /** The shipped classifier's reading: a digit, or null for "not a digit". */
  classifierDigit: number | null;
  classifierConfidence: number;
}

/** Split a verdict/game answer into one card per digit. */
export function tilesOf(cards: DigitCards): Card[] {
  const all = new Uint8Array(cards.pixels);
  return Array.from({ length: cards.count }, (_, i) => ({
    pixels: all.subarray(i * TILE_BYTES, (i + 1) * TILE_BYTES),
    real: cards.real[i] ?? false,
    dScore: cards.dScore[i] ?? 0,
    digit: cards.digit[i] ?? null,
    classifierDigit: cards.classifierDigit[i] ?? null,
    classifierConfidence: cards.classifierConfidence[i] ?? 0,
  }));
}
