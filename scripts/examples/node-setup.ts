/** Node side of the example scripts: WASM backend, a seeded Math.random, paths, file hashes. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { mulberry32 } from '../../lib/gan/random';
import { useWasmBackend as switchToWasm } from '../../lib/gan/testing/node-data';

export const ROOT = path.resolve(import.meta.dirname, '../..');
/** Our generators; served to the browser for the regenerate button. */
export const MODELS_DIR = path.join(ROOT, 'public/examples/models');
/** Where the pack goes; PACK_OUT lets a check write a second copy elsewhere and compare. */
export const PACK_DIR = process.env.PACK_OUT
  ? path.resolve(process.env.PACK_OUT)
  : path.join(ROOT, 'content/packs/gan-examples');

/**
 * tfjs's unseeded random ops (the noise and fake labels inside trainStep) draw their seeds from
 * Math.random; seeding it makes a training run repeatable on the same backend.
 */
export async function setup(seed: number): Promise<void> {
  Math.random = mulberry32(seed);
  await switchToWasm();
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
}

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

export function toArrayBuffer(bytes: Buffer): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
