/**
 * Fetch the demo's files (same origin, under `base`): digits, pretrained GAN, judge. Fetched in
 * parallel; the judge's variables are made later, once the backend is chosen.
 */
import * as tf from '@tensorflow/tfjs';
import { buildClassifier } from './classifier';
import type { Classifier } from './classifier';
import { DigitData } from './data';
import { assignVariables, decodeWeightsFile } from './weights';

async function bytes(url: string): Promise<ArrayBuffer> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return res.arrayBuffer();
}

export async function loadAssets(base: string, seed?: number) {
  const [digits, pretrained, judgeFile] = await Promise.all([
    bytes(`${base}digits.bin.gz`),
    bytes(`${base}models/gan.bin`).catch(() => null),
    bytes(`${base}models/classifier.bin`).catch(() => null),
  ]);
  const data = await DigitData.fromGzip(
    new Uint8Array(digits),
    seed ?? Math.floor(Math.random() * 1e9),
  );
  return {
    data,
    pretrained,
    /** The judge on the current backend, or null when its file is missing or broken. */
    judge(): Classifier | null {
      if (!judgeFile) return null;
      try {
        const { tensors } = decodeWeightsFile(judgeFile);
        const c = tf.tidy(() => buildClassifier());
        assignVariables(c, tensors, '');
        tf.dispose(Object.values(tensors));
        return c;
      } catch {
        return null;
      }
    },
  };
}
