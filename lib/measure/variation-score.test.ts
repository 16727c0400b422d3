import { describe, expect, it } from 'vitest';
import type { RunFeatures } from './distance';
import { GREY_SIZE, HISTOGRAM_BINS } from './features';
import { BANDS, bandOf, scoreFromDistances, variantVariation } from './variation-score';

/** A synthetic run: a flat grey level, one histogram bin and a phash. */
function run(level: number, bin: number, phash: string): RunFeatures {
  return {
    grey: new Uint8Array(GREY_SIZE * GREY_SIZE).map((_, i) => (i % 7 === 0 ? level : 255 - level)),
    histogram: Float32Array.from({ length: HISTOGRAM_BINS }, (_, k) => (k === bin ? 1 : 0)),
    phash,
  };
}

describe('variation score', () => {
  it('maps the mean pairwise distance to 0–100', () => {
    expect(scoreFromDistances([])).toBeNull();
    expect(scoreFromDistances([0, 0])).toBe(0);
    expect(scoreFromDistances([0.2, 0.4])).toBe(30);
    expect(scoreFromDistances([1])).toBe(100);
  });

  it('names five bands from "almost the same" to "very different", edges included upwards', () => {
    expect([0, 9, 10, 29, 30, 49, 50, 69, 70, 100].map(bandOf)).toEqual([
      'same', 'same', 'similar', 'similar', 'some', 'some', 'different', 'different', 'very', 'very',
    ]);
    expect(BANDS).toHaveLength(5);
  });

  it('builds a symmetric matrix, marks near-duplicates and leaves unmeasured runs out', () => {
    const a = run(10, 0, '0000000000000000');
    const b = run(10, 0, '0000000000000001'); // a's twin, one phash bit apart
    const c = run(200, 5, 'ffffffffffffffff');
    const v = variantVariation([a, b, null, c]);
    expect(v.measured).toEqual([true, true, false, true]);
    expect(v.matrix[0]![1]).toBe(v.matrix[1]![0]);
    expect(v.matrix[0]![0]!.combined).toBe(0);
    expect(v.matrix[2]).toEqual([null, null, null, null]);
    expect(v.matrix[0]![1]!.nearDuplicate).toBe(true);
    expect(v.matrix[0]![3]!.nearDuplicate).toBe(false);
    expect(v.duplicateRuns).toEqual([0, 1]);
    expect(v.nearDuplicatePairs).toBe(1);
    const pairs = [v.matrix[0]![1]!, v.matrix[0]![3]!, v.matrix[1]![3]!].map((d) => d.combined);
    expect(v.score).toBe(scoreFromDistances(pairs));
    expect(v.band).toBe(bandOf(v.score!));
  });

  it('gives no score below two measured runs', () => {
    expect(variantVariation([run(1, 0, '0'.repeat(16))]).score).toBeNull();
    expect(variantVariation([run(1, 0, '0'.repeat(16)), null]).band).toBeNull();
  });
});
