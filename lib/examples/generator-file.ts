/**
 * Example generators: load one from a weights file (the shipped GAN checkpoint or one of ours)
 * and draw a single run from a RunSpec. Shared by scripts/examples (Node, WASM) and the
 * regenerate button (browser, WASM): same ops, same inputs, batch of one, so the same bytes.
 */
import * as tf from '@tensorflow/tfjs';
import { buildGenerator, disposeGenerator, generate, NUM_CLASSES } from '@/lib/gan/models';
import type { Generator } from '@/lib/gan/models';
import { toTiles } from '@/lib/gan/sampling';
import { assignVariables, decodeWeightsFile, encodeWeightsFile, prefixed } from '@/lib/gan/weights';
import { runInputs, type RunSpec } from './run-inputs';

/** Our own generator files: only G (and its running BN statistics) plus a prior over digits. */
export interface ExampleGeneratorMeta {
  kind: 'example-generator';
  version: 1;
  noiseSize: number;
  /** Share of each digit 0–9 in the training data: how "any digit" picks one. */
  prior: number[];
  /** Plain words on what it learned from, e.g. "skewed real digits (1s: 900, 8s: 30, others 250)". */
  trainedOn: string;
  steps: number;
}

type AnyMeta =
  ExampleGeneratorMeta | { kind: 'gan'; hyper: { noiseSize: number; conditional: boolean } };

export interface LoadedGenerator {
  g: Generator;
  prior: number[] | null;
}

export function loadGenerator(buffer: ArrayBuffer): LoadedGenerator {
  const { meta, tensors } = decodeWeightsFile<AnyMeta>(buffer);
  try {
    const noiseSize =
      meta.kind === 'gan'
        ? meta.hyper.noiseSize
        : meta.kind === 'example-generator'
          ? meta.noiseSize
          : NaN;
    if (!Number.isInteger(noiseSize) || (meta.kind === 'gan' && !meta.hyper.conditional))
      throw new Error('not a conditional generator');
    let g!: Generator;
    tf.tidy(() => {
      g = buildGenerator({ noiseSize, conditional: true });
    });
    assignVariables(g.vars, tensors, 'g/');
    assignVariables(g.running, tensors, 'g_running/');
    return { g, prior: meta.kind === 'example-generator' ? meta.prior : null };
  } finally {
    tf.dispose(Object.values(tensors));
  }
}

export function disposeLoaded(loaded: LoadedGenerator): void {
  disposeGenerator(loaded.g);
}

export function encodeGeneratorFile(
  g: Generator,
  meta: ExampleGeneratorMeta,
): Promise<ArrayBuffer> {
  return encodeWeightsFile(meta, {
    ...prefixed(g.vars, 'g/'),
    ...prefixed(g.running, 'g_running/'),
  });
}

/** One run as a 28 × 28 greyscale tile (255 = ink), drawn with the running BN statistics. */
export async function drawRun(
  loaded: LoadedGenerator,
  spec: RunSpec,
): Promise<{ digit: number; tile: Uint8Array }> {
  const { digit, noise } = runInputs(spec, loaded.g.shape.noiseSize, loaded.prior);
  const images = tf.tidy(() => {
    const z = tf.tensor2d(noise, [1, loaded.g.shape.noiseSize]);
    const hot = tf.oneHot(tf.tensor1d([digit], 'int32'), NUM_CLASSES) as tf.Tensor2D;
    return generate(loaded.g, z, hot, false).images;
  });
  const tile = await toTiles(images);
  images.dispose();
  return { digit, tile };
}
