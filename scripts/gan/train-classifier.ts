/**
 * `npm run gan:train-classifier`: train the 11-class judge on the shipped training digits plus
 * synthetic "not a digit" images, fixed seed, WASM in Node; writes public/gan/models/classifier.bin
 * in half precision (lib/gan/weights-half.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { buildClassifier, classifierStep, classify, NOT_A_DIGIT } from '../../lib/gan/classifier';
import { PIXELS_PER_DIGIT } from '../../lib/gan/data-format';
import { qualityFromProbs } from '../../lib/gan/metrics';
import { writeNegative } from '../../lib/gan/negatives';
import { mulberry32 } from '../../lib/gan/random';
import { loadDigitsNode, useWasmBackend } from '../../lib/gan/testing/node-data';
import { encodeWeightsFile } from '../../lib/gan/weights';
import { toHalfPrecision } from '../../lib/gan/weights-half';

const STEPS = Number(process.env.STEPS ?? 1500);
const BATCH = 64;

(async () => {
  const t0 = performance.now();
  await useWasmBackend();
  tf.randomUniform([1], 0, 1, 'float32', 1).dispose();
  const data = await loadDigitsNode(11);
  const random = mulberry32(12);
  const c = buildClassifier();
  const opt = tf.train.adam(2e-3);
  const pixels = new Float32Array(BATCH * PIXELS_PER_DIGIT);
  const labels = new Int32Array(BATCH);
  for (let step = 1; step <= STEPS; step++) {
    // A quarter of each batch is "not a digit".
    const real = data.nextBatch(BATCH);
    pixels.set(real.pixels);
    labels.set(real.labels);
    for (let i = 0; i < BATCH / 4; i++) {
      writeNegative(pixels, i * PIXELS_PER_DIGIT, random, data.train, data.trainSize);
      labels[i] = NOT_A_DIGIT;
    }
    const loss = classifierStep(c, opt, pixels, labels);
    if (step % 250 === 0) console.log(`step ${step} loss ${(await loss.data())[0]?.toFixed(3)}`);
    loss.dispose();
  }
  const held = data.heldOutBatch([...Array(data.heldOutSize).keys()]);
  const probs = tf.tidy(() => classify(c, tf.tensor4d(held.pixels, [data.heldOutSize, 28, 28, 1])));
  const q = qualityFromProbs((await probs.data()) as Float32Array, data.heldOutSize);
  probs.dispose();
  const correct = q.digit.filter((d, i) => d === held.labels[i]).length;
  const file = toHalfPrecision(await encodeWeightsFile({ kind: 'classifier', version: 1 }, c));
  const dir = path.resolve('public/gan/models');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'classifier.bin'), new Uint8Array(file));
  console.log(
    `held-out: confident ${(q.confidentShare * 100).toFixed(1)}%, confident-and-right ${((correct / data.heldOutSize) * 100).toFixed(1)}%, ` +
      `IS ${q.inceptionScore.toFixed(2)}; ${file.byteLength} B; ${((performance.now() - t0) / 1000).toFixed(0)} s`,
  );
})();
