/**
 * What one example run is made from, derived from its seed alone, so a script in Node and a
 * button in the browser feed the generator the very same numbers. Pure: no tfjs, no DOM.
 */
import { fillNormal, mulberry32 } from '@/lib/gan/random';

export interface RunSpec {
  seed: number;
  /** Multiplies the noise (the demo's "temperature"): 1 = as trained. */
  noiseScale: number;
  /** The digit asked for, or null for "any digit" (picked from the generator's prior). */
  digit: number | null;
}

/** Salt for the digit choice, so the noise of seed s is the same whether a digit was asked or not. */
const DIGIT_STREAM = 0x9e3779b9;

/** Index into `prior` (non-negative weights) chosen by u ∈ [0, 1). */
export function pickFromPrior(prior: readonly number[], u: number): number {
  const total = prior.reduce((a, b) => a + b, 0);
  let acc = 0;
  for (let k = 0; k < prior.length; k++) {
    acc += (prior[k] ?? 0) / total;
    if (u < acc) return k;
  }
  return prior.length - 1;
}

/** noise [noiseSize] and the digit for one run (same as lib/gan/sampling's seededNoise(1, …)). */
export function runInputs(
  spec: RunSpec,
  noiseSize: number,
  prior: readonly number[] | null,
): { digit: number; noise: Float32Array } {
  const noise = fillNormal(new Float32Array(noiseSize), mulberry32(spec.seed), spec.noiseScale);
  if (spec.digit !== null) return { digit: spec.digit, noise };
  if (!prior) throw new Error('"any digit" needs a generator with a digit prior');
  return { digit: pickFromPrior(prior, mulberry32((spec.seed ^ DIGIT_STREAM) >>> 0)()), noise };
}
