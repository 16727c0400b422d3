/**
 * Everything the worker owns, minus messaging: data, the two networks and their optimizers,
 * hyperparameters, step count, the fixed grid noise and the timeline. No DOM, no postMessage.
 */
import * as tf from '@tensorflow/tfjs';
import type { Classifier } from './classifier';
import type { DigitData } from './data';
import { DEFAULT_HYPER, mergeHyper, needsRebuild } from './hyper';
import {
  buildDiscriminator,
  buildGenerator,
  disposeDiscriminator,
  disposeGenerator,
} from './models';
import type { Discriminator, Generator } from './models';
import type { Hyperparameters, StepTarget } from './protocol';
import { sampleImages, seededNoise, toTiles } from './sampling';
import { Timeline } from './timeline';
import { makeOptimizers, setLearningRate, trainStep } from './train-step';
import { assignVariables, decodeWeightsFile, encodeWeightsFile, prefixed } from './weights';

export const GRID_ROWS = 10;
export const GRID_COLS = 10;
const GRID_SEED = 2024;

/** Metadata stored with generator + discriminator weights (checkpoints, exports, IndexedDB). */
export interface GanFileMeta {
  kind: 'gan';
  version: 1;
  hyper: Hyperparameters;
  step: number;
}

export class GanSession {
  hyper: Hyperparameters = DEFAULT_HYPER;
  step = 0;
  trainingMs = 0;
  /** Noise scale when sampling; 0.8 by default (the "truncation trick": clearer digits, measured in docs/gan.md). */
  temperature = 0.8;
  /** Latest [dLoss, gLoss, dReal, dFake] read back; NaN entries keep the previous value. */
  stats = [NaN, NaN, NaN, NaN];
  readonly timeline = new Timeline<ArrayBuffer>(60);
  g!: Generator;
  d!: Discriminator;
  optG!: tf.AdamOptimizer;
  optD!: tf.AdamOptimizer;
  private seed = 1;

  constructor(
    readonly data: DigitData,
    readonly judge: Classifier | null,
  ) {}

  /** Fresh networks (weights from `seed`), step 0, empty timeline. */
  build(hyper: Hyperparameters, seed = this.seed): void {
    this.disposeModels();
    this.seed = seed;
    this.hyper = hyper;
    const shape = { noiseSize: hyper.noiseSize, conditional: hyper.conditional };
    tf.tidy(() => {
      this.g = buildGenerator(shape, seed);
      this.d = buildDiscriminator(shape, seed + 100);
    });
    ({ optG: this.optG, optD: this.optD } = makeOptimizers(hyper.lrG, hyper.lrD));
    this.step = 0;
    this.trainingMs = 0;
    this.stats = [NaN, NaN, NaN, NaN];
    this.timeline.clear();
  }

  /** Apply new hyperparameters; rebuilds (from scratch) only when the shapes change. */
  setHyper(patch: Partial<Hyperparameters>): { rebuilt: boolean } {
    const next = mergeHyper(this.hyper, patch);
    if (needsRebuild(this.hyper, next)) {
      this.build(next);
      return { rebuilt: true };
    }
    this.hyper = next;
    setLearningRate(this.optG, next.lrG);
    setLearningRate(this.optD, next.lrD);
    return { rebuilt: false };
  }

  /** Run `count` steps synchronously; returns the last step's stats tensor (caller disposes). */
  train(target: StepTarget, count = 1): tf.Tensor1D {
    const t0 = performance.now();
    let out: tf.Tensor1D | null = null;
    for (let i = 0; i < count; i++) {
      out?.dispose();
      out = trainStep(this, (n) => this.data.nextBatch(n), {
        target,
        dSteps: this.hyper.dStepsPerGStep,
        batchSize: this.hyper.batchSize,
      });
      this.step++;
    }
    this.trainingMs += performance.now() - t0;
    return out as tf.Tensor1D;
  }

  /** Read a stats tensor back (asynchronously) into `stats`, then dispose it. */
  async absorbStats(t: tf.Tensor1D): Promise<void> {
    const v = await t.data();
    t.dispose();
    this.stats = this.stats.map((old, i) => (Number.isNaN(v[i] ?? NaN) ? old : (v[i] as number)));
  }

  /** The fixed-noise grid: row r, column c; in conditional mode column c shows digit c. */
  async gridTiles(): Promise<Uint8Array<ArrayBuffer>> {
    const n = GRID_ROWS * GRID_COLS;
    const noise = seededNoise(n, this.hyper.noiseSize, GRID_SEED, this.temperature);
    const digits = Array.from({ length: n }, (_, i) => i % GRID_COLS);
    const images = sampleImages(this.g, noise, digits);
    const tiles = await toTiles(images);
    images.dispose();
    return tiles;
  }

  async exportFile(): Promise<ArrayBuffer> {
    const meta: GanFileMeta = { kind: 'gan', version: 1, hyper: this.hyper, step: this.step };
    return encodeWeightsFile(meta, {
      ...prefixed(this.g.vars, 'g/'),
      ...prefixed(this.g.running, 'g_running/'),
      ...prefixed(this.d.vars, 'd/'),
    });
  }

  /** Load an exported file, checkpoint or saved copy; throws when it is not one. */
  importFile(buffer: ArrayBuffer): GanFileMeta {
    const { meta, tensors } = decodeWeightsFile<GanFileMeta>(buffer);
    if (meta?.kind !== 'gan' || !meta.hyper) throw new Error('not a GAN file');
    try {
      this.build(mergeHyper(DEFAULT_HYPER, meta.hyper));
      assignVariables(this.g.vars, tensors, 'g/');
      assignVariables(this.g.running, tensors, 'g_running/');
      assignVariables(this.d.vars, tensors, 'd/');
      this.step = meta.step;
    } finally {
      tf.dispose(Object.values(tensors));
    }
    return meta;
  }

  disposeModels(): void {
    if (!this.g) return;
    disposeGenerator(this.g);
    disposeDiscriminator(this.d);
    this.optG.dispose();
    this.optD.dispose();
  }
}
