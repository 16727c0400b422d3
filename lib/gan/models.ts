/**
 * The class-conditional small DCGAN (GAN-NOTES' best), also usable unconditionally.
 * Networks are plain variables plus forward functions (not tf.LayersModel) so that every heavy
 * op is the matMul-based convolution of ops.ts, which trains fast on WASM.
 */
import * as tf from '@tensorflow/tfjs';
import { batchNorm, conv4s2, convT4s2, dense, matMul } from './ops';

export const NUM_CLASSES = 10;

export interface GanShape {
  noiseSize: number;
  conditional: boolean;
}

/** Generator: (z [N, noise] (+ one-hot [N, 10])) → images [N, 28, 28, 1] in [-1, 1]. */
export interface Generator {
  shape: GanShape;
  /** Trainable: dense 7·7·32, BN, convT → 16, BN, convT → 1. */
  vars: Record<'w0' | 'b0' | 'g0' | 'be0' | 'w1' | 'g1' | 'be1' | 'w2' | 'b2', tf.Variable>;
  /** Running batch-norm statistics, used when sampling (not trained by gradients). */
  running: Record<'m0' | 'v0' | 'm1' | 'v1', tf.Variable>;
}

/** Discriminator: images [N, 28, 28, 1] (+ one-hot [N, 10]) → logits [N] (real > 0). */
export interface Discriminator {
  shape: GanShape;
  /** conv → 16, conv → 32, dense → 1, label projection `embed` [10, 1568] (conditional only). */
  vars: Record<string, tf.Variable>;
}

let uid = 0;
function glorot(
  shape: number[],
  fanIn: number,
  fanOut: number,
  seed: number,
  name: string,
): tf.Variable {
  const limit = Math.sqrt(6 / (fanIn + fanOut));
  return tf.variable(
    tf.randomUniform(shape, -limit, limit, 'float32', seed),
    true,
    `${name}_${uid++}`,
  );
}
const zeros = (n: number, name: string) => tf.variable(tf.zeros([n]), true, `${name}_${uid++}`);
const ones = (n: number, name: string) => tf.variable(tf.ones([n]), true, `${name}_${uid++}`);
const fixed = (n: number, value: number, name: string) =>
  tf.variable(tf.fill([n], value), false, `${name}_${uid++}`);

export function buildGenerator(shape: GanShape, seed = 1): Generator {
  const inputs = shape.noiseSize + (shape.conditional ? NUM_CLASSES : 0);
  const g = {
    shape,
    vars: {
      w0: glorot([inputs, 7 * 7 * 32], inputs, 7 * 7 * 32, seed, 'g_w0'),
      b0: zeros(7 * 7 * 32, 'g_b0'),
      g0: ones(32, 'g_g0'),
      be0: zeros(32, 'g_be0'),
      w1: glorot([32, 16 * 16], 32 * 4, 16 * 4, seed + 1, 'g_w1'),
      g1: ones(16, 'g_g1'),
      be1: zeros(16, 'g_be1'),
      w2: glorot([16, 16], 16 * 4, 4, seed + 2, 'g_w2'),
      b2: zeros(1, 'g_b2'),
    },
    running: {
      m0: fixed(32, 0, 'g_m0'),
      v0: fixed(32, 1, 'g_v0'),
      m1: fixed(16, 0, 'g_m1'),
      v1: fixed(16, 1, 'g_v1'),
    },
  };
  return g;
}

export function buildDiscriminator(shape: GanShape, seed = 100): Discriminator {
  const vars: Record<string, tf.Variable> = {
    w0: glorot([16, 16], 16, 16 * 16, seed, 'd_w0'),
    b0: zeros(16, 'd_b0'),
    w1: glorot([16 * 16, 32], 16 * 16, 32 * 16, seed + 1, 'd_w1'),
    b1: zeros(32, 'd_b1'),
    w2: glorot([7 * 7 * 32, 1], 7 * 7 * 32, 1, seed + 2, 'd_w2'),
    b2: zeros(1, 'd_b2'),
  };
  if (shape.conditional)
    vars.embed = glorot([NUM_CLASSES, 7 * 7 * 32], NUM_CLASSES, 7 * 7 * 32, seed + 3, 'd_embed');
  return { shape, vars };
}

/** Batch statistics of one generator pass, for updating the running ones. */
export type BnStats = [tf.Tensor, tf.Tensor, tf.Tensor, tf.Tensor];

/**
 * z [N, noise], oneHot [N, 10] or null → images [N, 28, 28, 1].
 * `training` uses batch statistics (and returns them); otherwise the running ones.
 */
export function generate(
  g: Generator,
  z: tf.Tensor2D,
  oneHot: tf.Tensor2D | null,
  training: boolean,
) {
  const v = g.vars;
  const r = g.running;
  const input = g.shape.conditional && oneHot ? tf.concat([z, oneHot], 1) : z;
  const h0 = tf.reshape(dense(input, v.w0 as tf.Tensor2D, v.b0 as tf.Tensor1D), [-1, 7, 7, 32]);
  const bn0 = batchNorm(
    h0,
    v.g0 as tf.Tensor1D,
    v.be0 as tf.Tensor1D,
    training ? undefined : { mean: r.m0, variance: r.v0 },
  );
  const h1 = convT4s2(tf.relu(bn0.y) as tf.Tensor4D, v.w1 as tf.Tensor2D);
  const bn1 = batchNorm(
    h1,
    v.g1 as tf.Tensor1D,
    v.be1 as tf.Tensor1D,
    training ? undefined : { mean: r.m1, variance: r.v1 },
  );
  const out = tf.tanh(
    tf.add(convT4s2(tf.relu(bn1.y) as tf.Tensor4D, v.w2 as tf.Tensor2D), v.b2),
  ) as tf.Tensor4D;
  const stats: BnStats = [bn0.mean, bn0.variance, bn1.mean, bn1.variance];
  return { images: out, stats };
}

/** Move running statistics toward a batch's (momentum 0.9: follows the fast-changing G). */
export function updateRunningStats(g: Generator, stats: BnStats, momentum = 0.9): void {
  tf.tidy(() => {
    const targets = [g.running.m0, g.running.v0, g.running.m1, g.running.v1];
    targets.forEach((t, i) =>
      t.assign(tf.add(tf.mul(t, momentum), tf.mul(stats[i] as tf.Tensor, 1 - momentum))),
    );
  });
}

/** images [N, 28, 28, 1], oneHot [N, 10] or null → logits [N]. */
export function discriminate(
  d: Discriminator,
  images: tf.Tensor4D,
  oneHot: tf.Tensor2D | null,
): tf.Tensor1D {
  const v = d.vars as Record<string, tf.Tensor>;
  const h0 = tf.leakyRelu(
    tf.add(conv4s2(images, v.w0 as tf.Tensor2D), v.b0 as tf.Tensor),
    0.2,
  ) as tf.Tensor4D;
  const h1 = tf.leakyRelu(tf.add(conv4s2(h0, v.w1 as tf.Tensor2D), v.b1 as tf.Tensor), 0.2);
  const flat = tf.reshape(h1, [-1, 7 * 7 * 32]) as tf.Tensor2D;
  let logits = tf.reshape(
    dense(flat, v.w2 as tf.Tensor2D, v.b2 as tf.Tensor1D),
    [-1],
  ) as tf.Tensor1D;
  if (d.shape.conditional && oneHot && v.embed) {
    // Projection discriminator: + <features, embedding of the label>
    logits = tf.add(logits, tf.sum(tf.mul(flat, matMul(oneHot, v.embed as tf.Tensor2D)), 1));
  }
  return logits;
}

export function disposeGenerator(g: Generator): void {
  tf.dispose([...Object.values(g.vars), ...Object.values(g.running)]);
}
export function disposeDiscriminator(d: Discriminator): void {
  tf.dispose(Object.values(d.vars));
}
