/**
 * The shipped model files in half precision (float16), for the scripts that write them. The GAN
 * demo downloads its models on school Wi-Fi; float16 halves them (1.0 MB → 0.5 MB), and tf.io
 * decodes such data to float32 by itself, so nothing that reads a weights file changes. A tensor
 * whose values float16 cannot hold closely (too large, or all tiny) stays float32.
 */
import { Float16Array, f16round } from '@petamoriken/float16';
import * as tf from '@tensorflow/tfjs';
import { decodeWeightsFile, packWeightsFile, readWeightsHeader } from './weights';

/**
 * Largest rounding error allowed, relative to the tensor's largest value. float16 keeps 11
 * significant bits (a relative error of at most 2^-11 ≈ 0.05%), so only a value that overflows,
 * or a tensor of values below float16's normal range (~6e-5), goes over it.
 */
const MAX_ERROR = 1e-3;

/** Fits in float16 within MAX_ERROR of the tensor's largest magnitude. */
function fitsHalf(values: Float32Array): boolean {
  let largest = 0;
  for (const v of values) largest = Math.max(largest, Math.abs(v));
  for (const v of values) {
    const error = Math.abs(f16round(v) - v);
    if (!(error <= MAX_ERROR * largest)) return false; // also false for Infinity and NaN
  }
  return true;
}

/** The same weights file with every float32 tensor that fits stored as float16. */
export function toHalfPrecision(file: ArrayBuffer): ArrayBuffer {
  const { meta, tensors } = decodeWeightsFile(file);
  const specs: tf.io.WeightsManifestEntry[] = [];
  const parts: ArrayBuffer[] = [];
  for (const [name, tensor] of Object.entries(tensors)) {
    const spec: tf.io.WeightsManifestEntry = { name, shape: tensor.shape, dtype: tensor.dtype };
    const values = tensor.dataSync();
    if (tensor.dtype === 'float32' && fitsHalf(values as Float32Array)) {
      spec.quantization = { dtype: 'float16' };
      parts.push(new Float16Array(values).buffer);
    } else {
      parts.push(values.slice().buffer as ArrayBuffer);
    }
    specs.push(spec);
  }
  tf.dispose(Object.values(tensors));
  return packWeightsFile(meta, specs, tf.io.CompositeArrayBuffer.join(parts));
}

/** Names of the tensors a weights file stores as float16. */
export function halfPrecisionTensors(file: ArrayBuffer): string[] {
  const { specs } = readWeightsHeader(file);
  return specs.filter((s) => s.quantization?.dtype === 'float16').map((s) => s.name);
}
