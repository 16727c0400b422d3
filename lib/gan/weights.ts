/**
 * One-file weights format for checkpoints, exports and IndexedDB:
 *   "GANW" | uint32 LE JSON length | JSON { meta, specs } | tf.io weight data.
 * One file (not tfjs's model.json + shards) so that export/import is a single ArrayBuffer.
 * The data is float32, or float16 where a spec says so (tf.io's `quantization`): the shipped
 * models are stored that way (lib/gan/weights-half.ts), exports from the demo are not.
 */
import * as tf from '@tensorflow/tfjs';

const MAGIC = 'GANW';

export interface WeightsFile<M> {
  meta: M;
  tensors: tf.NamedTensorMap;
}

export async function encodeWeightsFile<M>(
  meta: M,
  tensors: tf.NamedTensorMap,
): Promise<ArrayBuffer> {
  const { data, specs } = await tf.io.encodeWeights(tensors);
  return packWeightsFile(meta, specs, data);
}

/** The file from its parts: tf.io specs and the weight data they describe, in order. */
export function packWeightsFile<M>(
  meta: M,
  specs: tf.io.WeightsManifestEntry[],
  data: ArrayBuffer,
): ArrayBuffer {
  const json = new TextEncoder().encode(JSON.stringify({ meta, specs }));
  const out = new Uint8Array(8 + json.length + data.byteLength);
  for (let i = 0; i < 4; i++) out[i] = MAGIC.charCodeAt(i);
  new DataView(out.buffer).setUint32(4, json.length, true);
  out.set(json, 8);
  out.set(new Uint8Array(data), 8 + json.length);
  return out.buffer;
}

/** Throws on anything that is not a weights file (the worker maps that to 'import-failed'). */
export function decodeWeightsFile<M>(buffer: ArrayBuffer): WeightsFile<M> {
  const { meta, specs, dataOffset } = readWeightsHeader<M>(buffer);
  return { meta, tensors: tf.io.decodeWeights(buffer.slice(dataOffset), specs) };
}

/** The file's meta and tensor specs, and where its weight data starts; throws like decode. */
export function readWeightsHeader<M>(buffer: ArrayBuffer): {
  meta: M;
  specs: tf.io.WeightsManifestEntry[];
  dataOffset: number;
} {
  const bytes = new Uint8Array(buffer);
  if (bytes.length < 8 || String.fromCharCode(...bytes.subarray(0, 4)) !== MAGIC) {
    throw new Error('not a weights file');
  }
  const length = new DataView(buffer).getUint32(4, true);
  const { meta, specs } = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + length))) as {
    meta: M;
    specs: tf.io.WeightsManifestEntry[];
  };
  return { meta, specs, dataOffset: 8 + length };
}

/** Copy values into existing variables by name; names or shapes that do not match throw. */
export function assignVariables(
  vars: Record<string, tf.Variable>,
  tensors: tf.NamedTensorMap,
  prefix: string,
): void {
  for (const [name, v] of Object.entries(vars)) {
    const t = tensors[`${prefix}${name}`];
    if (!t || !tf.util.arraysEqual(t.shape, v.shape))
      throw new Error(`weights mismatch: ${prefix}${name}`);
    v.assign(t);
  }
}

/** Name variables for a file: { `${prefix}${name}`: variable }. */
export function prefixed(vars: Record<string, tf.Variable>, prefix: string): tf.NamedTensorMap {
  return Object.fromEntries(Object.entries(vars).map(([k, v]) => [`${prefix}${k}`, v]));
}
