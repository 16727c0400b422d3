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
const DEFAULT_TEMPERATURE = 0.8;

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
  /** Noise scale when sampling (the "truncation trick": clearer digits, measured in docs/gan.md). */
  temperature = DEFAULT_TEMPERATURE;
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
    /** The quality meter's judge; null until it has arrived (or when it failed to load). */
    public judge: Classifier | null = null,
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
  gridTiles(): Promise<Uint8Array<ArrayBuffer>> {
    return drawGrid(this.g, this.hyper, this.temperature);
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
    const { meta, tensors } = readGanFile(buffer);
    try {
      this.build(meta.hyper);
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

/** A GAN file's metadata (hyperparameters completed) and tensors; throws when it is not one. */
function readGanFile(buffer: ArrayBuffer): { meta: GanFileMeta; tensors: tf.NamedTensorMap } {
  const { meta, tensors } = decodeWeightsFile<GanFileMeta>(buffer);
  if (meta?.kind !== 'gan' || !meta.hyper) {
    tf.dispose(Object.values(tensors));
    throw new Error('not a GAN file');
  }
  return { meta: { ...meta, hyper: mergeHyper(DEFAULT_HYPER, meta.hyper) }, tensors };
}

function drawGrid(
  g: Generator,
  hyper: Hyperparameters,
  temperature: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const n = GRID_ROWS * GRID_COLS;
  const noise = seededNoise(n, hyper.noiseSize, GRID_SEED, temperature);
  const digits = Array.from({ length: n }, (_, i) => i % GRID_COLS);
  const images = sampleImages(g, noise, digits);
  return toTiles(images).finally(() => images.dispose());
}

/**
 * The grid a GAN file's generator draws, with no session (no digits, no discriminator): what the
 * demo shows while the digits are still downloading. The same noise and temperature as a session
 * that loads the file, so the same drawings.
 */
export async function drawFileGrid(
  buffer: ArrayBuffer,
): Promise<{ step: number; tiles: Uint8Array<ArrayBuffer> }> {
  const { meta, tensors } = readGanFile(buffer);
  try {
    const shape = { noiseSize: meta.hyper.noiseSize, conditional: meta.hyper.conditional };
    let g!: Generator;
    tf.tidy(() => {
      g = buildGenerator(shape); // variables outlive tidy; the values they started from do not
    });
    try {
      assignVariables(g.vars, tensors, 'g/');
      assignVariables(g.running, tensors, 'g_running/');
      return { step: meta.step, tiles: await drawGrid(g, meta.hyper, DEFAULT_TEMPERATURE) };
    } finally {
      disposeGenerator(g);
    }
  } finally {
    tf.dispose(Object.values(tensors));
  }
}
