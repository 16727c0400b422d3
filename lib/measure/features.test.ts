import { describe, expect, it } from 'vitest';
import { decodeFeatures, encodeFeatures, FEATURE_SOURCE_SIZE, FEATURE_VERSION, featuresFromRgb, GREY_SIZE, HISTOGRAM_BINS } from './features';

describe('stored features', () => {
  const size = FEATURE_SOURCE_SIZE;
  // Left half pure red, right half white.
  const rgb = Uint8Array.from({ length: size * size * 3 }, (_, i) => {
    const x = Math.floor(i / 3) % size;
    return x < size / 2 ? (i % 3 === 0 ? 255 : 0) : 255;
  });

  it('computes a normalized histogram and a grey thumbnail', () => {
    const { grey, histogram } = featuresFromRgb(rgb, 3);
    expect(histogram.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 6);
    expect([histogram[48], histogram[HISTOGRAM_BINS - 1]]).toEqual([0.5, 0.5]); // red bin (3,0,0), white bin
    expect(grey).toHaveLength(GREY_SIZE * GREY_SIZE);
    expect([grey[0], grey[GREY_SIZE - 1]]).toEqual([76, 255]); // Rec. 601 luma of red, of white
  });

  it('round-trips through the stored bytes, and ignores rows of another version', () => {
    const features = featuresFromRgb(rgb, 3);
    const stored = encodeFeatures(features);
    expect(stored.version).toBe(FEATURE_VERSION);
    expect(decodeFeatures(stored)).toEqual(features);
    expect(decodeFeatures({ ...stored, version: FEATURE_VERSION + 1 })).toBeNull();
    expect(() => featuresFromRgb(new Uint8Array(12), 3)).toThrow();
  });
});
