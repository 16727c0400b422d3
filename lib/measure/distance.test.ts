import { describe, expect, it } from 'vitest';
import { isNearDuplicate, pairDistance } from './distance';
import { GREY_SIZE, HISTOGRAM_BINS } from './features';
import { hellinger } from './histogram-distance';
import { ssim } from './ssim';
import { measure, photo, reencoded, shifted } from './test-pictures';

describe('distance measures on pictures with known relations', () => {
  it('an identical picture is at distance 0', async () => {
    const a = await measure(await photo(1));
    const d = pairDistance(a, { ...a });
    expect(d.combined).toBe(0);
    expect(d.ssim).toBeCloseTo(1, 10);
    expect([d.hamming, d.colour]).toEqual([0, 0]);
    expect(d.nearDuplicate).toBe(true);
  });

  it('a slightly shifted copy is close, an unrelated picture far', async () => {
    const original = await photo(1);
    const [a, moved, unrelated] = await Promise.all([measure(original), measure(await shifted(original, 6)), measure(await photo(7))]);
    const near = pairDistance(a, moved);
    const far = pairDistance(a, unrelated);
    expect(near.combined).toBeLessThan(0.15);
    expect(far.combined).toBeGreaterThan(0.4);
    expect(far.combined).toBeGreaterThan(near.combined * 3);
    expect(near.structure).toBeLessThan(far.structure);
    expect(near.hamming).toBeLessThan(far.hamming);
    expect(near.colour).toBeLessThan(far.colour);
  });

  it('marks a re-encoded copy as a near-duplicate but not an unrelated picture', async () => {
    const original = await photo(3);
    const [a, copy, other] = await Promise.all([measure(original), measure(await reencoded(original)), measure(await photo(4))]);
    expect(pairDistance(a, copy).nearDuplicate).toBe(true);
    expect(pairDistance(a, other).nearDuplicate).toBe(false);
  });

  it('is symmetric', async () => {
    const [a, b] = await Promise.all([measure(await photo(5)), measure(await photo(6))]);
    expect(pairDistance(a, b)).toEqual(pairDistance(b, a));
  });
});

describe('the parts', () => {
  const flat = (v: number) => new Uint8Array(GREY_SIZE * GREY_SIZE).fill(v);
  const stripes = (invert: boolean) =>
    Uint8Array.from({ length: GREY_SIZE * GREY_SIZE }, (_, i) => ((i % GREY_SIZE) % 4 < 2) !== invert ? 220 : 30);

  it('ssim: 1 for equal thumbnails, negative for inverted structure, near 0 for structure against flat', () => {
    expect(ssim(stripes(false), stripes(false))).toBeCloseTo(1, 10);
    expect(ssim(stripes(false), stripes(true))).toBeLessThan(-0.5);
    expect(Math.abs(ssim(stripes(false), flat(125)))).toBeLessThan(0.05);
    expect(() => ssim(new Uint8Array(4), new Uint8Array(4))).toThrow();
  });

  it('hellinger: 0 for equal histograms, 1 for disjoint ones, in between for overlap', () => {
    const one = (k: number) => Float32Array.from({ length: HISTOGRAM_BINS }, (_, i) => (i === k ? 1 : 0));
    const half = Float32Array.from({ length: HISTOGRAM_BINS }, (_, i) => (i < 2 ? 0.5 : 0));
    expect(hellinger(one(0), one(0))).toBe(0);
    expect(hellinger(one(0), one(1))).toBe(1);
    expect(hellinger(one(0), half)).toBeCloseTo(Math.sqrt(1 - Math.sqrt(0.5)), 6);
  });

  it('near-duplicate: a few phash bits apart, or structurally almost identical', () => {
    expect(isNearDuplicate(6, 0.5)).toBe(true);
    expect(isNearDuplicate(7, 0.96)).toBe(true);
    expect(isNearDuplicate(7, 0.94)).toBe(false);
  });
});
