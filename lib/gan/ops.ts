/**
 * The few building blocks of the GAN, written so that every heavy operation is a plain matMul.
 * Why: tfjs-backend-wasm (the fast backend on machines without a GPU) has no
 * Conv2DBackpropFilter kernel, a slow loop for Conv2DBackpropInput, and a BatchMatMul that is
 * ~10× slower with transpose flags (GAN-NOTES). Convolutions here are im2col/col2im around one
 * matMul, and matMul's gradient transposes explicitly. Works the same on WebGL and CPU.
 */
import * as tf from '@tensorflow/tfjs';

/**
 * a [M, K] × b [K, N] → [M, N]. Same value as tf.matMul; its gradient transposes explicitly
 * instead of using transpose flags.
 */
export const matMul = tf.customGrad((a, b, save) => {
  const A = a as tf.Tensor2D;
  const B = b as tf.Tensor2D;
  (save as tf.GradSaveFunc)([A, B]);
  return {
    value: tf.matMul(A, B),
    gradFunc: (dy, saved) => {
      const [sa, sb] = saved as [tf.Tensor2D, tf.Tensor2D];
      const g = dy as tf.Tensor2D;
      return [tf.matMul(g, tf.transpose(sb)), tf.matMul(tf.transpose(sa), g)];
    },
  };
}) as (a: tf.Tensor2D, b: tf.Tensor2D) => tf.Tensor2D;

/**
 * Spatial crop of x [N, H, W, C] (begin/size over all four axes; N and C untouched).
 * Why not tf.slice on the 4-D tensor: WASM's Slice copies one innermost row (C floats) per
 * subarray call in JavaScript, ruinous for few channels; its C++ StridedSlice is slower still
 * (both measured). Viewed as [N, H, W·C], each copy is a whole run of wo·C floats.
 */
export function crop(x: tf.Tensor4D, begin: number[], size: number[]): tf.Tensor4D {
  const [n, h, w, c] = x.shape;
  const [, h0 = 0, w0 = 0] = begin;
  const [, ho = h, wo = w] = size;
  const rows = tf.slice(tf.reshape(x, [n, h, w * c]), [0, h0, w0 * c], [n, ho, wo * c]);
  return tf.reshape(rows, [n, ho, wo, c]) as tf.Tensor4D;
}

/*
 * Kernel positions: kh = 2·ah + bh (ah, bh ∈ {0, 1}), likewise kw. Our filters order their
 * 16 taps as (ah, aw, bh, bw) so that patches and footprints are contiguous column blocks.
 * Every tensor stays at rank ≤ 4: XNNPACK (inside tfjs-backend-wasm) rejects pads and
 * broadcasts at rank 6 (measured: "xnn_setup_constant_pad_nd_x32 … status 4").
 */

/** [N, 2A, 2B, C] → [N, A, B, 4C], depth order (bh, bw, C). */
function spaceToDepth(x: tf.Tensor4D): tf.Tensor4D {
  const [n, h, w, c] = x.shape;
  const rows = tf.transpose(tf.reshape(x, [n * (h / 2), 2, w / 2, 2 * c]), [0, 2, 1, 3]);
  return tf.reshape(rows, [n, h / 2, w / 2, 4 * c]) as tf.Tensor4D;
}

/** [N, A, B, 4C] (depth order bh, bw, C) → [N, 2A, 2B, C]. */
function depthToSpace(x: tf.Tensor4D): tf.Tensor4D {
  const [n, a, b, c4] = x.shape;
  const c = c4 / 4;
  const rows = tf.transpose(tf.reshape(x, [n * a, b, 2, 2 * c]), [0, 2, 1, 3]);
  return tf.reshape(rows, [n, 2 * a, 2 * b, c]) as tf.Tensor4D;
}

/**
 * 4 × 4 convolution, stride 2, 'same' padding (1 each side): x [N, H, W, C] → [N, H/2, W/2, Cout].
 * `filter` is [16·C, Cout], rows in (ah, aw, bh, bw, C) order. H and W must be even.
 * Patches: pad, fold 2 × 2 blocks into channels, concatenate four shifted windows.
 */
export function conv4s2(x: tf.Tensor4D, filter: tf.Tensor2D): tf.Tensor4D {
  const [n, h, w, c] = x.shape;
  const ho = h / 2;
  const wo = w / 2;
  const cout = filter.shape[1];
  const s2d = spaceToDepth(
    tf.pad(x, [
      [0, 0],
      [1, 1],
      [1, 1],
      [0, 0],
    ]),
  );
  // Σ over the four windows of window · filter block: no concatenated patch matrix (its
  // concat/split pair cost more than the matMuls, measured with tf.profile on WASM).
  let sum: tf.Tensor2D | null = null;
  for (let k = 0; k < 4; k++) {
    const window = crop(s2d, [0, k >> 1, k & 1, 0], [n, ho, wo, 4 * c]);
    const part = matMul(
      tf.reshape(window, [n * ho * wo, 4 * c]) as tf.Tensor2D,
      tf.slice(filter, [k * 4 * c, 0], [4 * c, cout]),
    );
    sum = sum ? (tf.add(sum, part) as tf.Tensor2D) : part;
  }
  return tf.reshape(sum as tf.Tensor2D, [n, ho, wo, cout]);
}

/**
 * 4 × 4 transposed convolution, stride 2, 'same': x [N, H, W, C] → [N, 2H, 2W, Cout].
 * `filter` is [C, 16·Cout], columns in (ah, aw, bh, bw, Cout) order. Each filter block gives
 * one 2 × 2 quarter of every input pixel's 4 × 4 footprint; the quarters are shifted, added
 * and unfolded into pixels.
 */
export function convT4s2(x: tf.Tensor4D, filter: tf.Tensor2D): tf.Tensor4D {
  const [n, h, w, c] = x.shape;
  const block = filter.shape[1] / 4;
  const x2d = tf.reshape(x, [n * h * w, c]) as tf.Tensor2D;
  let sum: tf.Tensor4D | null = null;
  for (let k = 0; k < 4; k++) {
    const ah = k >> 1;
    const aw = k & 1;
    const part = tf.reshape(matMul(x2d, tf.slice(filter, [0, k * block], [c, block])), [
      n,
      h,
      w,
      block,
    ]) as tf.Tensor4D;
    const moved = tf.pad(part, [
      [0, 0],
      [ah, 1 - ah],
      [aw, 1 - aw],
      [0, 0],
    ]);
    sum = sum ? (tf.add(sum, moved) as tf.Tensor4D) : moved;
  }
  const grid = depthToSpace(sum as tf.Tensor4D);
  return crop(grid, [0, 1, 1, 0], [n, 2 * h, 2 * w, block / 4]);
}

/** Dense layer: x [N, K] · w [K, M] + b [M] → [N, M]. */
export function dense(x: tf.Tensor2D, w: tf.Tensor2D, b: tf.Tensor1D): tf.Tensor2D {
  return tf.add(matMul(x, w), b);
}

/**
 * Batch normalisation over all axes but the last (channels), x [..., C] → same shape.
 * Returns the batch mean and variance too, so the caller can update running statistics.
 */
export function batchNorm(
  x: tf.Tensor,
  gamma: tf.Tensor1D,
  beta: tf.Tensor1D,
  stats?: { mean: tf.Tensor; variance: tf.Tensor },
): { y: tf.Tensor; mean: tf.Tensor; variance: tf.Tensor } {
  const axes = x.shape.map((_, i) => i).slice(0, -1);
  const { mean, variance } = stats ?? tf.moments(x, axes);
  const y = tf.add(tf.mul(tf.mul(tf.sub(x, mean), tf.rsqrt(tf.add(variance, 1e-5))), gamma), beta);
  return { y, mean, variance };
}
