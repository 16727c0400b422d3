import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { decodeWeightsFile, encodeWeightsFile, readWeightsHeader } from './weights';
import { halfPrecisionTensors, toHalfPrecision } from './weights-half';

const valuesOf = (file: ArrayBuffer) => {
  const { meta, tensors } = decodeWeightsFile(file);
  const out = Object.fromEntries(
    Object.entries(tensors).map(([k, t]) => [k, Array.from(t.dataSync())]),
  );
  tf.dispose(Object.values(tensors));
  return { meta, values: out };
};

describe('weights files in half precision', () => {
  it('halve the float32 data and decode to values within float16 rounding', async () => {
    const weights = Array.from({ length: 4000 }, (_, i) => Math.sin(i) * 0.3);
    const file = await encodeWeightsFile(
      { kind: 'test', step: 3 },
      {
        w: tf.tensor1d(weights),
        counts: tf.tensor1d([1, 70000, -3], 'int32'),
      },
    );
    const half = toHalfPrecision(file);

    expect(halfPrecisionTensors(half)).toEqual(['w']);
    expect(half.byteLength).toBeLessThan(file.byteLength * 0.55);
    const { meta, values } = valuesOf(half);
    expect(meta).toEqual({ kind: 'test', step: 3 });
    expect(values.counts).toEqual([1, 70000, -3]); // integers untouched
    values.w!.forEach((v, i) =>
      expect(Math.abs(v - weights[i]!)).toBeLessThanOrEqual(0.3 * 2 ** -11),
    );
    expect(values.w!.some((v, i) => v !== weights[i])).toBe(true); // it did round
  });

  it('keep float32 where float16 cannot hold the values: too large, or all tiny', async () => {
    const large = [1, 2, 1e6];
    const tiny = [1e-9, -3e-9, 2e-8];
    const file = await encodeWeightsFile(null, {
      large: tf.tensor1d(large),
      tiny: tf.tensor1d(tiny),
      fine: tf.tensor1d([0.5, -0.25]),
    });
    const half = toHalfPrecision(file);
    expect(halfPrecisionTensors(half)).toEqual(['fine']);
    const { values } = valuesOf(half);
    expect(values.large).toEqual(Array.from(new Float32Array(large)));
    expect(values.tiny).toEqual(Array.from(new Float32Array(tiny)));
  });

  it('change nothing when applied twice', async () => {
    const file = await encodeWeightsFile(null, { w: tf.randomNormal([300], 0, 0.1, 'float32', 5) });
    const once = toHalfPrecision(file);
    expect(new Uint8Array(toHalfPrecision(once))).toEqual(new Uint8Array(once));
  });

  it('are how the GAN demo’s models ship, every tensor in float16', () => {
    for (const name of ['gan.bin', 'classifier.bin']) {
      const file = new Uint8Array(readFileSync(path.resolve('public/gan/models', name))).buffer;
      const { specs } = readWeightsHeader(file);
      expect(halfPrecisionTensors(file)).toEqual(specs.map((s) => s.name));
    }
  });
});
