/**
 * One GAN training step: synchronous, inside tf.tidy, D and G minimised over their own variables.
 * Losses: D = BCE(real → 1) + BCE(fake → 0); G = non-saturating −log D(G(z)), from logits.
 */
import * as tf from '@tensorflow/tfjs';
import type { StepTarget } from './protocol';
import { NUM_CLASSES, discriminate, generate, updateRunningStats } from './models';
import type { Discriminator, Generator } from './models';

export interface GanState {
  g: Generator;
  d: Discriminator;
  optG: tf.AdamOptimizer;
  optD: tf.AdamOptimizer;
}

/** A real batch cut from the CPU-side data: pixels [N·784] in [-1, 1], labels [N] 0–9. */
export interface RealBatch {
  pixels: Float32Array;
  labels: Int32Array;
}

/** Order of the values in the stats tensor trainStep returns. NaN = not computed this step. */
export const STAT_NAMES = ['dLoss', 'gLoss', 'dReal', 'dFake'] as const;

export function makeOptimizers(lrG: number, lrD: number) {
  // β1 = 0.5 as in DCGAN: a smaller momentum keeps the two players from overshooting each other.
  return { optG: tf.train.adam(lrG, 0.5, 0.999), optD: tf.train.adam(lrD, 0.5, 0.999) };
}

/** Learning rates change live (sliders) without losing Adam's moments. */
export function setLearningRate(opt: tf.AdamOptimizer, lr: number): void {
  (opt as unknown as { learningRate: number }).learningRate = lr;
}

function randomLabels(n: number): tf.Tensor2D {
  return tf.oneHot(tf.randomUniformInt([n], 0, NUM_CLASSES), NUM_CLASSES) as tf.Tensor2D;
}

/**
 * Run one step. `next(batchSize)` supplies a fresh real batch for each D update; `dSteps` D updates run
 * before the G update when target is 'both'. Returns a [4] tensor (STAT_NAMES) that the caller
 * disposes: read it back asynchronously, and only every few steps.
 */
export function trainStep(
  s: GanState,
  next: (batchSize: number) => RealBatch,
  {
    target = 'both',
    dSteps = 1,
    batchSize,
  }: { target?: StepTarget; dSteps?: number; batchSize: number },
): tf.Tensor1D {
  const kept: tf.Tensor[] = [];
  const keep = (t: tf.Scalar) => {
    kept.push(tf.keep(t));
    return t;
  };
  const result = tf.tidy(() => {
    const cond = s.g.shape.conditional;
    let dLoss: tf.Scalar = tf.scalar(NaN);
    let dReal: tf.Scalar = tf.scalar(NaN);
    let dFake: tf.Scalar = tf.scalar(NaN);
    let gLoss: tf.Scalar = tf.scalar(NaN);
    const zSize = s.g.shape.noiseSize;
    if (target !== 'g') {
      for (let k = 0; k < (target === 'both' ? dSteps : 1); k++) {
        const batch = next(batchSize);
        const n = batch.labels.length;
        const real = tf.tensor4d(batch.pixels, [n, 28, 28, 1]);
        const realHot = cond
          ? (tf.oneHot(tf.tensor1d(batch.labels, 'int32'), NUM_CLASSES) as tf.Tensor2D)
          : null;
        const fakeHot = cond ? randomLabels(n) : null;
        const { images: fake, stats } = generate(s.g, tf.randomNormal([n, zSize]), fakeHot, true);
        updateRunningStats(s.g, stats);
        dLoss = s.optD.minimize(
          () => {
            const realLogits = discriminate(s.d, real, realHot);
            const fakeLogits = discriminate(s.d, fake, fakeHot);
            // minimize() disposes what its closure makes: keep the side values, free them below.
            dReal = keep(tf.mean(tf.sigmoid(realLogits)));
            dFake = keep(tf.mean(tf.sigmoid(fakeLogits)));
            gLoss = keep(tf.mean(tf.softplus(tf.neg(fakeLogits))));
            return tf.add(
              tf.mean(tf.softplus(tf.neg(realLogits))),
              tf.mean(tf.softplus(fakeLogits)),
            ) as tf.Scalar;
          },
          true,
          Object.values(s.d.vars),
        ) as tf.Scalar;
      }
    }
    if (target !== 'd') {
      const n = batchSize;
      const hot = cond ? randomLabels(n) : null;
      const z = tf.randomNormal([n, zSize]) as tf.Tensor2D;
      gLoss = s.optG.minimize(
        () => {
          const fakeLogits = discriminate(s.d, generate(s.g, z, hot, true).images, hot);
          dFake = keep(tf.mean(tf.sigmoid(fakeLogits)));
          return tf.mean(tf.softplus(tf.neg(fakeLogits))) as tf.Scalar;
        },
        true,
        Object.values(s.g.vars),
      ) as tf.Scalar;
    }
    return tf.stack([dLoss, gLoss, dReal, dFake]) as tf.Tensor1D;
  });
  tf.dispose(kept);
  return result;
}
