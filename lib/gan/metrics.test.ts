import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Classifier } from './classifier';
import { classify, loadJudge } from './classifier';
import type { DigitData } from './data';
import { qualityFromProbs } from './metrics';
import { loadDigitsNode, useWasmBackend } from './testing/node-data';

// The shipped judge (public/gan/models/classifier.bin) on the shipped held-out digits.
let judge: Classifier;
let data: DigitData;

async function probsOf(pixels: Float32Array, n: number): Promise<Float32Array> {
  const p = tf.tidy(() => classify(judge, tf.tensor4d(pixels, [n, 28, 28, 1])));
  const v = (await p.data()) as Float32Array;
  p.dispose();
  return v;
}

describe('quality meter with the shipped judge', () => {
  beforeAll(async () => {
    await useWasmBackend();
    data = await loadDigitsNode();
    const file = readFileSync(path.resolve('public/gan/models/classifier.bin'));
    judge = loadJudge(new Uint8Array(file).buffer);
  });

  it('scores held-out real digits near 10 and nearly all confident', async () => {
    const n = data.heldOutSize;
    const q = qualityFromProbs(await probsOf(data.heldOut, n), n);
    expect(q.inceptionScore).toBeGreaterThan(9);
    expect(q.confidentShare).toBeGreaterThan(0.85);
    expect(q.digitsPresent).toBe(10);
  });

  it('scores one digit repeated at about 1', async () => {
    const one = data.heldOut.subarray(0, 784);
    const pixels = new Float32Array(100 * 784);
    for (let i = 0; i < 100; i++) pixels.set(one, i * 784);
    const q = qualityFromProbs(await probsOf(pixels, 100), 100);
    expect(q.inceptionScore).toBeLessThan(1.05);
    expect(q.digitsPresent).toBeLessThanOrEqual(1);
  });

  it('does not count noise or a grey smear as digits', async () => {
    const pixels = new Float32Array(200 * 784);
    for (let i = 0; i < 100 * 784; i++) pixels[i] = Math.random() * 2 - 1;
    for (let i = 100 * 784; i < pixels.length; i++) pixels[i] = -0.6;
    const q = qualityFromProbs(await probsOf(pixels, 200), 200);
    expect(q.confidentShare).toBeLessThan(0.05);
  });
});
