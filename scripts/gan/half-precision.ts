/**
 * `npm run gan:half-precision`: store the demo's shipped models (public/gan/models/gan.bin,
 * classifier.bin) in half precision, in place, and print what that changes in their results:
 * the judge on the 1,000 held-out digits, the generator on 1,000 fixed noise vectors. The train
 * scripts already write half precision; this converts files made before, and running it again
 * changes nothing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { classify, loadJudge, type Classifier } from '../../lib/gan/classifier';
import type { DigitData } from '../../lib/gan/data';
import { qualityFromProbs } from '../../lib/gan/metrics';
import { sampleImages, seededNoise } from '../../lib/gan/sampling';
import { GanSession } from '../../lib/gan/session';
import { loadDigitsNode, useWasmBackend } from '../../lib/gan/testing/node-data';
import { toHalfPrecision } from '../../lib/gan/weights-half';

const dir = path.resolve('public/gan/models');
const read = (name: string) => new Uint8Array(readFileSync(path.join(dir, name))).buffer;
const kb = (b: ArrayBuffer) => `${(b.byteLength / 1024).toFixed(0)} KB`;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The judge's quality figures for images in [-1, 1], 784 values each. */
async function qualityOf(judge: Classifier, pixels: Float32Array) {
  const n = pixels.length / 784;
  const probs = tf.tidy(() => classify(judge, tf.tensor4d(pixels, [n, 28, 28, 1])));
  const q = qualityFromProbs((await probs.data()) as Float32Array, n);
  probs.dispose();
  return q;
}

/** The judge's reading of the held-out digits: quality figures and the digit it reads per image. */
async function judgeReport(judge: Classifier, data: DigitData) {
  const q = await qualityOf(judge, data.heldOut);
  const right = q.digit.filter((d, i) => d === data.heldOutLabels[i]).length / data.heldOutSize;
  return { q, right };
}

/** 1,000 drawings (100 of each digit) from fixed noise at the demo's temperature. */
async function drawings(file: ArrayBuffer, data: DigitData): Promise<Float32Array> {
  const session = new GanSession(data, null);
  session.importFile(file);
  const n = 1000;
  const noise = seededNoise(n, session.hyper.noiseSize, 7, session.temperature);
  const images = sampleImages(
    session.g,
    noise,
    Array.from({ length: n }, (_, i) => i % 10),
  );
  const pixels = (await images.data()) as Float32Array;
  images.dispose();
  session.disposeModels();
  return pixels;
}

(async () => {
  await useWasmBackend();
  const data = await loadDigitsNode();

  const judgeBefore = read('classifier.bin');
  const judgeAfter = toHalfPrecision(judgeBefore);
  const [before, after] = [
    await judgeReport(loadJudge(judgeBefore), data),
    await judgeReport(loadJudge(judgeAfter), data),
  ];
  const sameReading = before.q.digit.filter((d, i) => d === after.q.digit[i]).length;
  console.log(`classifier.bin ${kb(judgeBefore)} → ${kb(judgeAfter)}; held-out digits:`);
  for (const [label, r] of [
    ['before', before],
    ['after', after],
  ] as const)
    console.log(
      `  ${label}: confident ${pct(r.q.confidentShare)}, confident and right ${pct(r.right)}, IS ${r.q.inceptionScore.toFixed(3)}`,
    );
  console.log(`  same reading for ${sameReading} of ${data.heldOutSize} digits`);

  const ganBefore = read('gan.bin');
  const ganAfter = toHalfPrecision(ganBefore);
  const [a, b] = [await drawings(ganBefore, data), await drawings(ganAfter, data)];
  let largest = 0;
  let sum = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs(a[i]! - b[i]!) * 127.5; // pixels in [-1, 1] → steps of 0–255
    largest = Math.max(largest, d);
    sum += d;
  }
  const judge = loadJudge(judgeAfter);
  const [qa, qb] = [await qualityOf(judge, a), await qualityOf(judge, b)];
  console.log(`gan.bin ${kb(ganBefore)} → ${kb(ganAfter)}; 1,000 drawings from the same noise:`);
  console.log(
    `  pixel difference (0–255): mean ${(sum / a.length).toFixed(3)}, largest ${largest.toFixed(1)}`,
  );
  console.log(
    `  judged confident: before ${pct(qa.confidentShare)}, after ${pct(qb.confidentShare)}; ` +
      `same digit read for ${qa.digit.filter((d, i) => d === qb.digit[i]).length} of 1000`,
  );

  if (process.env.OUT !== 'none') {
    writeFileSync(path.join(dir, 'classifier.bin'), new Uint8Array(judgeAfter));
    writeFileSync(path.join(dir, 'gan.bin'), new Uint8Array(ganAfter));
    console.log('written.');
  }
})();
