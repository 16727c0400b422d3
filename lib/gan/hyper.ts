import type { Hyperparameters, PresetId } from './protocol';

/**
 * Defaults: the class-conditional small DCGAN at batch 16 (GAN-NOTES: faster per second than
 * 32) and lr 2e-3 for both (measured here: ≥ 80% confident at step 1,000 instead of 1,500 with
 * 1e-3; docs/gan.md).
 */
export const DEFAULT_HYPER: Hyperparameters = {
  lrG: 2e-3,
  lrD: 2e-3,
  batchSize: 16,
  noiseSize: 64,
  dStepsPerGStep: 1,
  conditional: true,
};

/** Slider ranges; the worker clamps every incoming value into them. */
export const HYPER_LIMITS = {
  lrG: { min: 1e-5, max: 1e-2 },
  lrD: { min: 1e-5, max: 1e-2 },
  batchSize: { min: 1, max: 256 },
  noiseSize: { min: 2, max: 128 },
  dStepsPerGStep: { min: 1, max: 10 },
} as const;

/**
 * Presets. 'strong-discriminator': D learns 40× faster and steps 5× per G step, so D(fake) goes
 * to 0 and G's gradient vanishes. 'collapse': unconditional, G far faster than D; G chases
 * whatever fools D now and piles onto one or two digits.
 */
export const PRESETS: Record<PresetId, Hyperparameters> = {
  balanced: DEFAULT_HYPER,
  'strong-discriminator': { ...DEFAULT_HYPER, lrD: 8e-3, lrG: 2e-4, dStepsPerGStep: 5 },
  collapse: { ...DEFAULT_HYPER, conditional: false, lrG: 5e-3, lrD: 2e-4, batchSize: 32 },
};

function clamp(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value)
    ? Math.min(max, Math.max(min, value))
    : fallback;
}

/** Merge a partial update into `base`, clamping numbers and rounding integer fields. */
export function mergeHyper(
  base: Hyperparameters,
  patch: Partial<Hyperparameters>,
): Hyperparameters {
  const L = HYPER_LIMITS;
  return {
    lrG: clamp(patch.lrG, L.lrG.min, L.lrG.max, base.lrG),
    lrD: clamp(patch.lrD, L.lrD.min, L.lrD.max, base.lrD),
    batchSize: Math.round(clamp(patch.batchSize, L.batchSize.min, L.batchSize.max, base.batchSize)),
    noiseSize: Math.round(clamp(patch.noiseSize, L.noiseSize.min, L.noiseSize.max, base.noiseSize)),
    dStepsPerGStep: Math.round(
      clamp(patch.dStepsPerGStep, L.dStepsPerGStep.min, L.dStepsPerGStep.max, base.dStepsPerGStep),
    ),
    conditional: typeof patch.conditional === 'boolean' ? patch.conditional : base.conditional,
  };
}

/** True when going from `a` to `b` needs new networks (shapes change). */
export function needsRebuild(a: Hyperparameters, b: Hyperparameters): boolean {
  return a.noiseSize !== b.noiseSize || a.conditional !== b.conditional;
}
