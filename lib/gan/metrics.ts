/**
 * Quality from the judge's probabilities ([N × 11], row-major): plain numbers, no tensors, so
 * the same code scores generated samples, real digits and test fixtures.
 */
import { JUDGE_CLASSES, NOT_A_DIGIT } from './classifier';

/** A sample counts as a digit when the judge gives one digit at least this probability. */
export const CONFIDENT = 0.9;

export interface Quality {
  samples: number;
  confidentShare: number;
  /** Confident samples per digit 0–9. */
  histogram: number[];
  /** Digits with ≥ 1% of the samples confidently recognised. */
  digitsPresent: number;
  inceptionScore: number;
  /** Per sample: recognised digit (or null) and the judge's top probability. */
  digit: (number | null)[];
  confidence: number[];
}

export function qualityFromProbs(probs: Float32Array | number[], n: number): Quality {
  const histogram = new Array<number>(10).fill(0);
  const digit: (number | null)[] = [];
  const confidence: number[] = [];
  const marginal = new Array<number>(10).fill(0);
  const rows: number[][] = [];
  for (let i = 0; i < n; i++) {
    const row = Array.from({ length: JUDGE_CLASSES }, (_, k) => probs[i * JUDGE_CLASSES + k] ?? 0);
    let best = 0;
    for (let k = 1; k < JUDGE_CLASSES; k++) if ((row[k] ?? 0) > (row[best] ?? 0)) best = k;
    const p = row[best] ?? 0;
    const ok = best !== NOT_A_DIGIT && p >= CONFIDENT;
    if (ok) histogram[best] = (histogram[best] ?? 0) + 1;
    digit.push(ok ? best : null);
    confidence.push(p);
    // Inception Score over the ten digits: p(y|x) renormalised without "not a digit".
    const digitMass = row.slice(0, 10).reduce((a, b) => a + b, 0) || 1e-12;
    const py = row.slice(0, 10).map((v) => v / digitMass);
    rows.push(py);
    py.forEach((v, k) => (marginal[k] = (marginal[k] ?? 0) + v / n));
  }
  let kl = 0;
  for (const py of rows) {
    py.forEach((v, k) => {
      if (v > 1e-12) kl += (v * Math.log(v / Math.max(marginal[k] ?? 0, 1e-12))) / n;
    });
  }
  const confident = histogram.reduce((a, b) => a + b, 0);
  return {
    samples: n,
    confidentShare: n ? confident / n : 0,
    histogram,
    digitsPresent: histogram.filter((h) => h >= Math.max(1, 0.01 * n)).length,
    inceptionScore: Math.exp(kl),
    digit,
    confidence,
  };
}
