import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { conv4s2, convT4s2, matMul } from './ops';

const maxDiff = (a: tf.Tensor, b: tf.Tensor) =>
  tf.tidy(() => tf.max(tf.abs(tf.sub(a, b))).dataSync()[0] ?? NaN);

describe('matMul-based ops match tfjs built-ins on the cpu backend', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('conv4s2 equals conv2d 4×4 stride 2 same, value and both gradients', () => {
    tf.tidy(() => {
      const x = tf.randomNormal([2, 8, 6, 3], 0, 1, 'float32', 1) as tf.Tensor4D;
      const f = tf.randomNormal([4, 4, 3, 5], 0, 1, 'float32', 2) as tf.Tensor4D;
      const ref = (a: tf.Tensor4D, b: tf.Tensor4D) => tf.conv2d(a, b, 2, 'same');
      // tf's [kh, kw, C, Cout] = [ah, bh, aw, bw, C, Cout] → ours (ah, aw, bh, bw, C) rows
      const ours = (b: tf.Tensor4D) =>
        tf.reshape(
          tf.transpose(tf.reshape(b, [2, 2, 2, 2, 3, 5]), [0, 2, 1, 3, 4, 5]),
          [48, 5],
        ) as tf.Tensor2D;
      const mine = (a: tf.Tensor4D, b: tf.Tensor4D) => conv4s2(a, ours(b));
      expect(maxDiff(ref(x, f), mine(x, f))).toBeLessThan(1e-4);
      const dy = tf.randomNormal([2, 4, 3, 5], 0, 1, 'float32', 3);
      const gRef = tf.grads((a, b) => tf.mul(ref(a as tf.Tensor4D, b as tf.Tensor4D), dy).sum())([
        x,
        f,
      ]);
      const gMine = tf.grads((a, b) => tf.mul(mine(a as tf.Tensor4D, b as tf.Tensor4D), dy).sum())([
        x,
        f,
      ]);
      expect(maxDiff(gRef[0]!, gMine[0]!)).toBeLessThan(1e-4);
      expect(maxDiff(gRef[1]!, gMine[1]!)).toBeLessThan(1e-4);
    });
  });

  it('convT4s2 equals conv2dTranspose 4×4 stride 2 same, value and both gradients', () => {
    tf.tidy(() => {
      const x = tf.randomNormal([2, 3, 4, 6], 0, 1, 'float32', 4) as tf.Tensor4D;
      const f = tf.randomNormal([6, 16 * 2], 0, 1, 'float32', 5) as tf.Tensor2D;
      // ours: [C, (ah, aw, bh, bw, Cout)]; tf's: [kh, kw, Cout, C] with kh = 2·ah + bh
      const tfFilter = (b: tf.Tensor2D) =>
        tf.reshape(
          tf.transpose(tf.reshape(b, [6, 2, 2, 2, 2, 2]), [1, 3, 2, 4, 5, 0]),
          [4, 4, 2, 6],
        ) as tf.Tensor4D;
      const ref = (a: tf.Tensor4D, b: tf.Tensor2D) =>
        tf.conv2dTranspose(a, tfFilter(b), [2, 6, 8, 2], 2, 'same');
      expect(maxDiff(ref(x, f), convT4s2(x, f))).toBeLessThan(1e-4);
      const dy = tf.randomNormal([2, 6, 8, 2], 0, 1, 'float32', 6);
      const gRef = tf.grads((a, b) => tf.mul(ref(a as tf.Tensor4D, b as tf.Tensor2D), dy).sum())([
        x,
        f,
      ]);
      const gMine = tf.grads((a, b) =>
        tf.mul(convT4s2(a as tf.Tensor4D, b as tf.Tensor2D), dy).sum(),
      )([x, f]);
      expect(maxDiff(gRef[0]!, gMine[0]!)).toBeLessThan(1e-4);
      expect(maxDiff(gRef[1]!, gMine[1]!)).toBeLessThan(1e-4);
    });
  });

  it('matMul gradient equals tf.matMul gradient', () => {
    tf.tidy(() => {
      const a = tf.randomNormal([5, 7], 0, 1, 'float32', 7);
      const b = tf.randomNormal([7, 3], 0, 1, 'float32', 8);
      const gRef = tf.grads((p, q) =>
        tf
          .matMul(p as tf.Tensor2D, q as tf.Tensor2D)
          .square()
          .sum(),
      )([a, b]);
      const gMine = tf.grads((p, q) =>
        matMul(p as tf.Tensor2D, q as tf.Tensor2D)
          .square()
          .sum(),
      )([a, b]);
      expect(maxDiff(gRef[0]!, gMine[0]!)).toBeLessThan(1e-4);
      expect(maxDiff(gRef[1]!, gMine[1]!)).toBeLessThan(1e-4);
    });
  });
});
