/**
 * Sampling for display: the fixed-noise grid, verdict/game cards, interpolation. Noise comes
 * from seeded CPU-side PRNGs so the "same noise every time" promise holds across backends.
 */
import * as tf from '@tensorflow/tfjs';
import { TILE_BYTES } from './protocol';
import { NUM_CLASSES, discriminate, generate } from './models';
import type { Discriminator, Generator } from './models';
import { fillNormal, mulberry32 } from './random';

/** noise [n × size] from `seed`, scaled by the temperature. */
export function seededNoise(n: number, size: number, seed: number, temperature = 1): Float32Array {
  return fillNormal(new Float32Array(n * size), mulberry32(seed), temperature);
}

/** images [N, 28, 28, 1] in [-1, 1] → greyscale tiles (0 background, 255 ink). */
export async function toTiles(images: tf.Tensor): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = tf.tidy(() =>
    tf.cast(tf.round(tf.mul(tf.add(tf.clipByValue(images, -1, 1), 1), 127.5)), 'int32'),
  );
  const values = await bytes.data();
  bytes.dispose();
  return Uint8Array.from(values);
}

/** One-hot [n, 10] for the given digits, or null for an unconditional generator. */
export function labelsTensor(g: Generator, digits: number[]): tf.Tensor2D | null {
  return g.shape.conditional
    ? (tf.oneHot(tf.tensor1d(digits, 'int32'), NUM_CLASSES) as tf.Tensor2D)
    : null;
}

/** Generated images [n, 28, 28, 1] for `digits` from fixed noise (caller disposes). */
export function sampleImages(g: Generator, noise: Float32Array, digits: number[]): tf.Tensor4D {
  return tf.tidy(
    () =>
      generate(
        g,
        tf.tensor2d(noise, [digits.length, g.shape.noiseSize]),
        labelsTensor(g, digits),
        false,
      ).images,
  );
}

/**
 * Generated images (running BN statistics) for `digits` (one per image) from fixed noise.
 * Returns images [n, 28, 28, 1] and D's probability of "real" [n]; the caller disposes both.
 */
export function sampleWithVerdict(
  g: Generator,
  d: Discriminator,
  noise: Float32Array,
  digits: number[],
): { images: tf.Tensor4D; dScore: tf.Tensor1D } {
  return tf.tidy(() => {
    const hot = labelsTensor(g, digits);
    const z = tf.tensor2d(noise, [digits.length, g.shape.noiseSize]);
    const images = generate(g, z, hot, false).images;
    return { images, dScore: tf.sigmoid(discriminate(d, images, hot)) as tf.Tensor1D };
  });
}

/** D's probability of "real" for real pixels [n·784] in [-1, 1] with labels. Caller disposes. */
export function realVerdict(d: Discriminator, pixels: Float32Array, labels: number[]): tf.Tensor1D {
  return tf.tidy(() => {
    const hot = d.shape.conditional
      ? (tf.oneHot(tf.tensor1d(labels, 'int32'), NUM_CLASSES) as tf.Tensor2D)
      : null;
    return tf.sigmoid(
      discriminate(d, tf.tensor4d(pixels, [labels.length, 28, 28, 1]), hot),
    ) as tf.Tensor1D;
  });
}

/**
 * `frames` images walking linearly from noise A to noise B (and digit A to digit B: the
 * one-hot is blended, which a conditional generator accepts as a soft label). Caller disposes.
 */
export function interpolate(
  g: Generator,
  a: Float32Array,
  b: Float32Array,
  digitA: number,
  digitB: number,
  frames: number,
): tf.Tensor4D {
  return tf.tidy(() => {
    const t = tf.reshape(tf.linspace(0, 1, frames), [frames, 1]);
    const za = tf.tensor2d(a, [1, a.length]);
    const zb = tf.tensor2d(b, [1, b.length]);
    const z = tf.add(tf.mul(za, tf.sub(1, t)), tf.mul(zb, t)) as tf.Tensor2D;
    let hot: tf.Tensor2D | null = null;
    if (g.shape.conditional) {
      const ha = tf.oneHot([digitA], NUM_CLASSES);
      const hb = tf.oneHot([digitB], NUM_CLASSES);
      hot = tf.add(tf.mul(ha, tf.sub(1, t)), tf.mul(hb, t)) as tf.Tensor2D;
    }
    return generate(g, z, hot, false).images;
  });
}

export { TILE_BYTES };
