/** Tests and scripts (Node only): the shipped digits file and a WASM backend from node_modules. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { DigitData } from '../data';

const root = path.resolve(import.meta.dirname, '../../..');

export function loadDigitsNode(seed?: number): Promise<DigitData> {
  return DigitData.fromGzip(
    new Uint8Array(readFileSync(path.join(root, 'public/gan/digits.bin.gz'))),
    seed,
  );
}

/** Switch to the WASM backend (SIMD, no threads in Node), loading its files from node_modules. */
export async function useWasmBackend(): Promise<void> {
  setWasmPaths(path.join(root, 'node_modules/@tensorflow/tfjs-backend-wasm/dist') + path.sep);
  await tf.setBackend('wasm');
  await tf.ready();
}
