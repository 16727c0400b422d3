import { describe, expect, it } from 'vitest';
import { pickFromPrior, runInputs } from './run-inputs';
import { entropyBits, formatTally, meanPairwiseDistance, parseTally } from './variety';
import { seededNoise } from '@/lib/gan/sampling';

describe('variety measures', () => {
  it('entropy is 0 for one digit and log2(10) for an even spread', () => {
    expect(entropyBits([0, 5, 0, 0, 0, 0, 0, 0, 0, 0])).toBe(0);
    expect(entropyBits(new Array(10).fill(3))).toBeCloseTo(Math.log2(10), 10);
  });
  it('mean pairwise distance is 0 for copies and 1 for black against white', () => {
    const black = new Uint8Array(784);
    const white = new Uint8Array(784).fill(255);
    expect(meanPairwiseDistance([black, black, black])).toBe(0);
    expect(meanPairwiseDistance([black, white])).toBe(1);
  });
  it('tallies survive a round trip through their text form', () => {
    const h = [2, 9, 0, 1, 3, 0, 0, 4, 0, 5];
    expect(formatTally(h)).toBe('0:2 1:9 2:0 3:1 4:3 5:0 6:0 7:4 8:0 9:5');
    expect(parseTally(formatTally(h))).toEqual(h);
  });
});

describe('run inputs', () => {
  it('the noise of a seed is the demo sampler’s, whether a digit is asked or not', () => {
    const asked = runInputs({ seed: 42, noiseScale: 1.8, digit: 7 }, 64, null);
    const any = runInputs(
      { seed: 42, noiseScale: 1.8, digit: null },
      64,
      [1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
    );
    expect(asked.noise).toEqual(seededNoise(1, 64, 42, 1.8));
    expect(any.noise).toEqual(asked.noise);
  });
  it('picks digits in proportion to the prior', () => {
    expect(pickFromPrior([1, 3], 0.2)).toBe(0);
    expect(pickFromPrior([1, 3], 0.3)).toBe(1);
    const counts = new Array(10).fill(0);
    const prior = [1, 10, 1, 1, 1, 1, 1, 1, 0, 1];
    for (let s = 1; s <= 2000; s++)
      counts[runInputs({ seed: s, noiseScale: 1, digit: null }, 4, prior).digit]++;
    expect(counts[8]).toBe(0);
    expect(counts[1]).toBeGreaterThan(800);
  });
});
