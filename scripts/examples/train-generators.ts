/**
 * `npm run examples:train`: the extra generators behind the bias and model-collapse examples,
 * written to public/examples/models/. Same conditional small DCGAN and training step as the GAN
 * demo (lib/gan), default hyperparameters, fixed seeds, WASM in Node.
 *   balanced.bin     — 293 real digits of each kind (2,930)
 *   skewed.bin       — the same size, but 900 ones, 30 eights and 250 of every other digit
 *   collapse-1…3.bin — generation n learns only from 2,930 pictures drawn by generation n−1
 *                      (generation 0 is balanced.bin), drawn at noise scale 0.75 and kept only
 *                      when the digit classifier reads them as the digit asked for: the neat,
 *                      typical pictures, as people tend to keep and post (docs/examples.md)
 * Each generator also stores its prior: the share of each digit in what it learned from, which
 * is how it picks a digit when asked for "any digit". STEPS (default 2000) sets the length.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { loadDigitsNode } from '../../lib/gan/testing/node-data';
import { DEFAULT_HYPER } from '../../lib/gan/hyper';
import { buildDiscriminator, buildGenerator, disposeDiscriminator } from '../../lib/gan/models';
import type { Generator } from '../../lib/gan/models';
import { mulberry32 } from '../../lib/gan/random';
import { makeOptimizers, trainStep, type RealBatch } from '../../lib/gan/train-step';
import {
  disposeLoaded,
  drawRun,
  encodeGeneratorFile,
  loadGenerator,
  type ExampleGeneratorMeta,
} from '../../lib/examples/generator-file';
import { loadJudge } from '../../lib/gan/classifier';
import { judgeTiles } from '../../lib/examples/judge';
import type { Classifier } from '../../lib/gan/classifier';
import { readFileSync } from 'node:fs';
import { MODELS_DIR, setup, toArrayBuffer } from './node-setup';

const STEPS = Number(process.env.STEPS ?? 2000);
const NOISE = DEFAULT_HYPER.noiseSize;
export const SKEWED_MIX = [250, 900, 250, 250, 250, 250, 250, 250, 30, 250];
export const BALANCED_MIX = new Array<number>(10).fill(293);
const COLLAPSE_GENERATIONS = 3;
const COLLAPSE_SET = 2930;
const COLLAPSE_NOISE = 0.75;

interface DigitSet {
  pixels: Float32Array; // n × 784 in [-1, 1]
  labels: Int32Array;
}

function counts(labels: Int32Array): number[] {
  const c = new Array<number>(10).fill(0);
  for (const l of labels) c[l] = (c[l] ?? 0) + 1;
  return c;
}

/** The first mix[d] training digits of each kind d, in file order. */
async function realMix(mix: number[]): Promise<DigitSet> {
  const data = await loadDigitsNode(1);
  const picked: number[] = [];
  const taken = new Array<number>(10).fill(0);
  for (let i = 0; i < data.trainSize; i++) {
    const d = data.trainLabels[i] as number;
    if ((taken[d] ?? 0) < (mix[d] ?? 0)) {
      taken[d] = (taken[d] ?? 0) + 1;
      picked.push(i);
    }
  }
  const pixels = new Float32Array(picked.length * 784);
  picked.forEach((j, i) => pixels.set(data.train.subarray(j * 784, (j + 1) * 784), i * 784));
  return { pixels, labels: Int32Array.from(picked, (j) => data.trainLabels[j] as number) };
}

function sampler(set: DigitSet, seed: number): (n: number) => RealBatch {
  const random = mulberry32(seed);
  return (n) => {
    const b = { pixels: new Float32Array(n * 784), labels: new Int32Array(n) };
    for (let i = 0; i < n; i++) {
      const j = Math.floor(random() * set.labels.length);
      b.labels[i] = set.labels[j] as number;
      b.pixels.set(set.pixels.subarray(j * 784, (j + 1) * 784), i * 784);
    }
    return b;
  };
}

async function train(set: DigitSet, seed: number, name: string): Promise<Generator> {
  const t0 = performance.now();
  const shape = { noiseSize: NOISE, conditional: true };
  const s = {
    g: buildGenerator(shape, seed),
    d: buildDiscriminator(shape, seed + 100),
    ...makeOptimizers(DEFAULT_HYPER.lrG, DEFAULT_HYPER.lrD),
  };
  const next = sampler(set, seed + 7);
  for (let step = 1; step <= STEPS; step++) {
    const out = trainStep(s, next, { batchSize: DEFAULT_HYPER.batchSize });
    if (step % 500 === 0) {
      const [dLoss, gLoss] = await out.data();
      console.log(
        `  ${name}: step ${step}  D ${dLoss?.toFixed(2)}  G ${gLoss?.toFixed(2)}  ${((performance.now() - t0) / 1000).toFixed(0)} s`,
      );
    }
    out.dispose();
  }
  disposeDiscriminator(s.d);
  s.optG.dispose();
  s.optD.dispose();
  console.log(`${name}: ${STEPS} steps in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return s.g;
}

async function save(
  g: Generator,
  name: string,
  labels: Int32Array,
  trainedOn: string,
): Promise<void> {
  const c = counts(labels);
  const meta: ExampleGeneratorMeta = {
    kind: 'example-generator',
    version: 1,
    noiseSize: NOISE,
    prior: c.map((v) => v / labels.length),
    trainedOn,
    steps: STEPS,
  };
  writeFileSync(
    path.join(MODELS_DIR, `${name}.bin`),
    new Uint8Array(await encodeGeneratorFile(g, meta)),
  );
}

/**
 * COLLAPSE_SET pictures drawn by `g` ("any digit" at COLLAPSE_NOISE), keeping only those the
 * judge reads as the digit asked for; labelled with that digit. Reports how many were drawn.
 */
async function drawnSet(
  g: Generator,
  prior: number[],
  generation: number,
  judge: Classifier,
): Promise<DigitSet> {
  const pixels = new Float32Array(COLLAPSE_SET * 784);
  const labels = new Int32Array(COLLAPSE_SET);
  let kept = 0;
  let seed = generation * 1_000_000;
  while (kept < COLLAPSE_SET) {
    const batch = [];
    for (let i = 0; i < 100; i++)
      batch.push(
        await drawRun({ g, prior }, { seed: ++seed, noiseScale: COLLAPSE_NOISE, digit: null }),
      );
    const readings = await judgeTiles(
      judge,
      batch.map((b) => b.tile),
    );
    batch.forEach(({ digit, tile }, i) => {
      if (readings[i] !== digit || kept >= COLLAPSE_SET) return;
      labels[kept] = digit;
      for (let k = 0; k < 784; k++) pixels[kept * 784 + k] = (tile[k] ?? 0) / 127.5 - 1;
      kept++;
    });
  }
  console.log(
    `generation ${generation} learns from ${COLLAPSE_SET} of ${seed - generation * 1_000_000} pictures drawn by generation ${generation - 1}: ${counts(labels).join(' ')}`,
  );
  return { pixels, labels };
}

const only = process.argv[2];
await setup(20261123);
const t0 = performance.now();
const mixText = (mix: number[]) => mix.map((c, d) => `${d}s: ${c}`).join(', ');
if (!only || only === 'skewed') {
  const set = await realMix(SKEWED_MIX);
  const g = await train(set, 11, 'skewed');
  await save(g, 'skewed', set.labels, `real digits, skewed: ${mixText(SKEWED_MIX)}`);
  tf.dispose([...Object.values(g.vars), ...Object.values(g.running)]);
}
if (!only || only === 'balanced' || only === 'collapse') {
  const set = await realMix(BALANCED_MIX);
  let g: Generator;
  let prior = counts(set.labels).map((v) => v / set.labels.length);
  if (only === 'collapse') {
    g = loadGenerator(toArrayBuffer(readFileSync(path.join(MODELS_DIR, 'balanced.bin')))).g; // generation 0 as trained before
  } else {
    g = await train(set, 11, 'balanced');
    await save(g, 'balanced', set.labels, `real digits, balanced: ${mixText(BALANCED_MIX)}`);
  }
  if (only !== 'balanced') {
    const judge = loadJudge(toArrayBuffer(readFileSync(path.join(MODELS_DIR, 'classifier.bin'))));
    for (let gen = 1; gen <= COLLAPSE_GENERATIONS; gen++) {
      const drawn = await drawnSet(g, prior, gen, judge);
      disposeLoaded({ g, prior });
      g = await train(drawn, 11 + gen, `collapse-${gen}`);
      const how = `${COLLAPSE_SET} pictures by generation ${gen - 1} (noise ${COLLAPSE_NOISE}, kept when the classifier read the digit asked), nothing real`;
      await save(g, `collapse-${gen}`, drawn.labels, how);
      prior = counts(drawn.labels).map((v) => v / drawn.labels.length);
    }
  }
  disposeLoaded({ g, prior });
}
console.log(`all done in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
