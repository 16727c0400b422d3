/**
 * Backend choice by a short measured trial: a few real training steps per backend, timed
 * with the result read back (so WebGL's queued GPU work is counted). No assumptions about
 * which is faster: on this project's machines WebGL is SwiftShader and loses to WASM.
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import type { BackendName, BackendTrial } from './protocol';
import {
  buildDiscriminator,
  buildGenerator,
  disposeDiscriminator,
  disposeGenerator,
} from './models';
import type { RealBatch } from './train-step';
import { makeOptimizers, trainStep } from './train-step';

/**
 * Point the WASM backend at our own copies of its files (nothing from a CDN), single-threaded.
 * The threaded build starts pthread workers from a blob whose script refers to names inside the
 * bundle that created it; inside Turbopack's worker bundle those names do not exist, so every
 * pthread worker dies ("a is not defined") and the backend never becomes ready. On our 2-core
 * machines tfjs would use one thread anyway (GAN-NOTES), so SIMD without threads loses nothing.
 */
export function configureWasm(wasmDir: string): void {
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  setWasmPaths(wasmDir);
}

export async function trySetBackend(name: BackendName): Promise<boolean> {
  try {
    return (await tf.setBackend(name)) && tf.getBackend() === name;
  } catch {
    return false;
  }
}

/** Time training steps on the current backend: warm-up, then steps for ~`budgetMs`. */
export async function timeSteps(
  next: (n: number) => RealBatch,
  batchSize: number,
  budgetMs: number,
  warmupCapMs: number,
): Promise<{ stepsPerSecond: number | null; warmupMs: number }> {
  const shape = { noiseSize: 64, conditional: true };
  const s = {
    g: buildGenerator(shape),
    d: buildDiscriminator(shape),
    ...makeOptimizers(1e-3, 1e-3),
  };
  try {
    let t0 = performance.now();
    const first = trainStep(s, next, { batchSize });
    await first.data();
    first.dispose();
    const warmupMs = performance.now() - t0;
    if (warmupMs > warmupCapMs) return { stepsPerSecond: null, warmupMs };
    t0 = performance.now();
    let steps = 0;
    while (steps < 2 || performance.now() - t0 < budgetMs) {
      const out = trainStep(s, next, { batchSize });
      await out.data();
      out.dispose();
      steps++;
    }
    return { stepsPerSecond: steps / ((performance.now() - t0) / 1000), warmupMs };
  } finally {
    disposeGenerator(s.g);
    disposeDiscriminator(s.d);
    s.optG.dispose();
    s.optD.dispose();
  }
}

/**
 * The WebGL renderer's name as the browser reports it (null when there is no WebGL or no
 * OffscreenCanvas, as in Node). Chromium tells the real name through WEBGL_debug_renderer_info;
 * other browsers put what they may reveal in RENDERER.
 */
export function webglRenderer(): string | null {
  try {
    if (typeof OffscreenCanvas === 'undefined') return null;
    const gl = new OffscreenCanvas(1, 1).getContext('webgl');
    if (!gl) return null;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return name;
  } catch {
    return null;
  }
}

/**
 * WebGL drawn by the CPU (SwiftShader, Mesa's llvmpipe, Windows' basic renderer): on a computer
 * without a usable GPU. Its first training step compiles shaders in software for 5–10 s (measured,
 * docs/gan.md) and then loses to WASM, while it keeps every core busy.
 */
export function isSoftwareRenderer(name: string): boolean {
  return /swiftshader|llvmpipe|softpipe|software|basic render/i.test(name);
}

/** A first WebGL step slower than this is shader compilation in software: WebGL cannot win. */
export const GPU_WARMUP_CAP_MS = 2000;

/**
 * Try WebGL and WASM (CPU only when both fail), pick the most steps per second, leave that
 * backend active. Returns the winner and every figure measured. WebGL on a software renderer is
 * not timed (see isSoftwareRenderer): the trial then takes about a second instead of 5–15.
 */
export async function chooseBackend(
  next: (n: number) => RealBatch,
  batchSize: number,
  candidates: BackendName[] = ['wasm', 'webgl'],
  renderer: string | null = candidates.includes('webgl') ? webglRenderer() : null,
): Promise<{ backend: BackendName | null; trial: BackendTrial[] }> {
  const trial: BackendTrial[] = [];
  for (const backend of candidates) {
    if (backend === 'webgl' && renderer && isSoftwareRenderer(renderer)) {
      trial.push({ backend, stepsPerSecond: null, warmupMs: null, skipped: 'software-renderer' });
      continue;
    }
    if (!(await trySetBackend(backend))) {
      trial.push({ backend, stepsPerSecond: null, warmupMs: null });
      continue;
    }
    try {
      // Only WebGL is capped (GPU_WARMUP_CAP_MS). WASM and CPU compile no shaders: a slow first
      // step there means a slow or busy computer, and disqualifying WASM for it would leave the
      // far slower CPU backend to train.
      const warmupCapMs = backend === 'webgl' ? GPU_WARMUP_CAP_MS : Number.POSITIVE_INFINITY;
      const r = await timeSteps(next, batchSize, 400, warmupCapMs);
      trial.push({ backend, ...r });
    } catch {
      trial.push({ backend, stepsPerSecond: null, warmupMs: null });
    }
  }
  const best = trial
    .filter((t) => t.stepsPerSecond !== null)
    .sort((a, b) => (b.stepsPerSecond ?? 0) - (a.stepsPerSecond ?? 0))[0];
  const winner = best?.backend ?? ((await trySetBackend('cpu')) ? 'cpu' : null);
  if (winner && tf.getBackend() !== winner) await trySetBackend(winner);
  return { backend: winner, trial };
}

/** SIMD and thread count of the WASM backend, for the page's "how fast and why". */
export function wasmInfo(): { simd: boolean; threads: number } {
  if (tf.getBackend() !== 'wasm') return { simd: false, threads: 1 };
  const simd = Boolean(tf.env().getBool('WASM_HAS_SIMD_SUPPORT'));
  const backend = tf.backend() as unknown as { getThreadsCount?: () => number };
  return { simd, threads: backend.getThreadsCount?.() ?? 1 };
}
