/**
 * What the page asks to see besides the grid: the quality meter, cards with D's verdict
 * (verdict panel and "Real or fake?" game) and interpolations. Plain numbers and bytes out.
 */
import * as tf from '@tensorflow/tfjs';
import { classify } from './classifier';
import type { DigitCards } from './protocol';
import { qualityFromProbs } from './metrics';
import type { Quality } from './metrics';
import {
  interpolate,
  realVerdict,
  sampleImages,
  sampleWithVerdict,
  seededNoise,
  toTiles,
} from './sampling';
import type { GanSession } from './session';

let freshSeed = 1;
const nextSeed = () => (freshSeed = (freshSeed * 48271) % 2147483647);

/** Judge's reading of images [N, 28, 28, 1] (null without a judge). Disposes nothing. */
async function judge(s: GanSession, images: tf.Tensor4D, n: number): Promise<Quality | null> {
  if (!s.judge) return null;
  const probs = classify(s.judge, images);
  const q = qualityFromProbs((await probs.data()) as Float32Array, n);
  probs.dispose();
  return q;
}

/** Quality of `n` fresh samples (digits spread evenly in conditional mode). */
export async function measureQuality(s: GanSession, n = 256): Promise<Quality | null> {
  const noise = seededNoise(n, s.hyper.noiseSize, nextSeed(), s.temperature);
  // The judge only: no D pass (it costs as much as the generator's).
  const images = sampleImages(
    s.g,
    noise,
    Array.from({ length: n }, (_, i) => i % 10),
  );
  const q = await judge(s, images, n);
  images.dispose();
  return q;
}

/** `count` cards, about half real (held out, never trained on) and half generated. */
export async function makeCards(
  s: GanSession,
  requestId: number,
  count: number,
): Promise<DigitCards> {
  const random = () => nextSeed() / 2147483647;
  const real = Array.from({ length: count }, () => random() < 0.5);
  if (count >= 2 && real.every((r) => r === real[0])) real[0] = !real[0];
  const realIdx = real
    .map((r) => (r ? Math.floor(random() * s.data.heldOutSize) : -1))
    .filter((i) => i >= 0);
  const fakeDigits = real.filter((r) => !r).map(() => Math.floor(random() * 10));
  const heldOut = s.data.heldOutBatch(realIdx);
  const realLabels = Array.from(heldOut.labels);
  const noise = seededNoise(fakeDigits.length, s.hyper.noiseSize, nextSeed(), s.temperature);
  const parts = tf.tidy(() => {
    const fake = fakeDigits.length ? sampleWithVerdict(s.g, s.d, noise, fakeDigits) : null;
    const realImages = tf.tensor4d(heldOut.pixels, [realIdx.length, 28, 28, 1]);
    const realScore = realIdx.length ? realVerdict(s.d, heldOut.pixels, realLabels) : tf.zeros([0]);
    return {
      images: (fake ? tf.concat([realImages, fake.images]) : realImages) as tf.Tensor4D,
      scores: fake ? tf.concat([realScore, fake.dScore]) : realScore,
    };
  });
  const q = await judge(s, parts.images, count);
  const [tiles, scores] = await Promise.all([toTiles(parts.images), parts.scores.data()]);
  tf.dispose([parts.images, parts.scores]);
  // Tensors hold reals first, then fakes; put them back in the shuffled card order.
  const pixels = new Uint8Array(count * 784);
  const cards = {
    dScore: [] as number[],
    digit: [] as (number | null)[],
    cDigit: [] as (number | null)[],
    cConf: [] as number[],
  };
  let ri = 0;
  let fi = realIdx.length;
  real.forEach((isReal, i) => {
    const src = isReal ? ri++ : fi++;
    pixels.set(tiles.subarray(src * 784, (src + 1) * 784), i * 784);
    cards.dScore.push(scores[src] ?? NaN);
    cards.digit.push(
      isReal
        ? (realLabels[src] ?? null)
        : s.hyper.conditional
          ? (fakeDigits[src - realIdx.length] ?? null)
          : null,
    );
    cards.cDigit.push(q?.digit[src] ?? null);
    cards.cConf.push(q?.confidence[src] ?? 0);
  });
  return {
    requestId,
    step: s.step,
    pixels: pixels.buffer,
    count,
    real,
    dScore: cards.dScore,
    digit: cards.digit,
    classifierDigit: cards.cDigit,
    classifierConfidence: cards.cConf,
  };
}

/** Interpolation tiles from seed A to seed B. */
export async function makeInterpolation(
  s: GanSession,
  frames: number,
  seedA: number,
  seedB: number,
  digitA = Math.abs(seedA) % 10,
  digitB = Math.abs(seedB) % 10,
): Promise<Uint8Array<ArrayBuffer>> {
  const a = seededNoise(1, s.hyper.noiseSize, seedA, s.temperature);
  const b = seededNoise(1, s.hyper.noiseSize, seedB, s.temperature);
  const images = interpolate(s.g, a, b, digitA, digitB, frames);
  const tiles = await toTiles(images);
  images.dispose();
  return tiles;
}
