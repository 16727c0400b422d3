/**
 * Fetch the demo's files (same origin, under `base`): digits, pretrained GAN, judge. Fetched in
 * parallel, their bytes counted for the page's progress bar; the judge's variables are made
 * later, once the backend is chosen.
 */
import * as tf from '@tensorflow/tfjs';
import { buildClassifier } from './classifier';
import type { Classifier } from './classifier';
import { DigitData } from './data';
import { DownloadMeter, type DownloadProgress } from './download';
import { assignVariables, decodeWeightsFile } from './weights';

export async function loadAssets(
  base: string,
  seed?: number,
  onProgress: (progress: DownloadProgress) => void = () => {},
) {
  const meter = new DownloadMeter(3, onProgress);
  const bytes = async (url: string): Promise<ArrayBuffer> => {
    try {
      const res = await fetch(url);
      if (!res.ok) throw new Error(`${url}: ${res.status}`);
      return await meter.read(res);
    } catch (err) {
      meter.skip();
      throw err;
    }
  };
  const [digits, pretrained, judgeFile] = await Promise.all([
    bytes(`${base}digits.bin.gz`),
    bytes(`${base}models/gan.bin`).catch(() => null),
    bytes(`${base}models/classifier.bin`).catch(() => null),
  ]);
  meter.finish();
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
