import { pairDistance, type PairDistance, type RunFeatures } from './distance';

/**
 * A variant's variation score: the mean combined distance over all pairs of its runs, as 0–100.
 * Bands turn the number into words a class can use; their edges were set by looking at the
 * seeded examples and generated test pictures (docs/measures.md), not derived from theory.
 */
export const BANDS = ['same', 'similar', 'some', 'different', 'very'] as const;
export type Band = (typeof BANDS)[number];
/** Upper edge (exclusive) of each band but the last, on the 0–100 scale. */
export const BAND_EDGES = [10, 30, 50, 70] as const;

export function bandOf(score: number): Band {
  const i = BAND_EDGES.findIndex((edge) => score < edge);
  return BANDS[i === -1 ? BANDS.length - 1 : i]!;
}

export function scoreFromDistances(distances: number[]): number | null {
  if (distances.length === 0) return null;
  return Math.round((100 * distances.reduce((s, d) => s + d, 0)) / distances.length);
}

export type VariantVariation = {
  /** Per run in display order; null where the run has no stored features yet. */
  measured: boolean[];
  /** matrix[i][j] for runs i, j (symmetric, 0 on the diagonal); null if either is not measured. */
  matrix: Array<Array<PairDistance | null>>;
  /** 0–100, or null with fewer than two measured runs. */
  score: number | null;
  band: Band | null;
  /** Run indexes that have at least one near-duplicate among the other runs. */
  duplicateRuns: number[];
  nearDuplicatePairs: number;
};

export function variantVariation(runs: Array<RunFeatures | null>): VariantVariation {
  const n = runs.length;
  const matrix: Array<Array<PairDistance | null>> = Array.from({ length: n }, () => Array<PairDistance | null>(n).fill(null));
  const combined: number[] = [];
  const duplicates = new Set<number>();
  let nearDuplicatePairs = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const [a, b] = [runs[i], runs[j]];
      if (!a || !b) continue;
      const d = pairDistance(a, b);
      matrix[i]![j] = d;
      matrix[j]![i] = d;
      combined.push(d.combined);
      if (d.nearDuplicate) {
        nearDuplicatePairs++;
        duplicates.add(i).add(j);
      }
    }
  }
  for (let i = 0; i < n; i++) {
    const self = runs[i];
    if (self) matrix[i]![i] = { combined: 0, structure: 0, colour: 0, hamming: 0, ssim: 1, nearDuplicate: false };
  }
  const score = scoreFromDistances(combined);
  return {
    measured: runs.map((r) => r !== null),
    matrix,
    score,
    band: score === null ? null : bandOf(score),
    duplicateRuns: [...duplicates].sort((x, y) => x - y),
    nearDuplicatePairs,
  };
}
