import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { chooseBackend, GPU_WARMUP_CAP_MS, isSoftwareRenderer } from './backend';
import { syntheticDigits } from './testing/synthetic-digits';

describe('isSoftwareRenderer', () => {
  // WebGL drawn by the CPU (true), and GPUs it must leave alone (false).
  it.each([
    ['Google SwiftShader', true],
    [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      true,
    ],
    ['llvmpipe (LLVM 15.0.6, 256 bits)', true],
    ['ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)', true],
    ['ANGLE (Intel, Intel(R) UHD Graphics 620 Direct3D11 vs_5_0 ps_5_0, D3D11)', false],
    ['ANGLE (Apple, ANGLE Metal Renderer: Apple M1, Unspecified Version)', false],
    ['Mali-G78', false],
    ['WebKit WebGL', false],
  ])('%s: software renderer %s', (name, software) => {
    expect(isSoftwareRenderer(name)).toBe(software);
  });
});

describe('chooseBackend', () => {
  const data = syntheticDigits();
  const next = (n: number) => data.nextBatch(n);

  it('does not time WebGL on a software renderer, and still picks a backend', async () => {
    const { backend, trial } = await chooseBackend(next, 4, ['webgl', 'cpu'], 'Google SwiftShader');
    expect(trial[0]).toEqual({
      backend: 'webgl',
      stepsPerSecond: null,
      warmupMs: null,
      skipped: 'software-renderer',
    });
    expect(trial[1]?.backend).toBe('cpu');
    expect(trial[1]?.stepsPerSecond).toBeGreaterThan(0);
    expect(backend).toBe('cpu');
    expect(tf.getBackend()).toBe('cpu');
  });

  it('still times a CPU backend whose first step is slower than the GPU warm-up cap', async () => {
    // A busy or slow computer: the first batch alone takes longer than the cap that stops a
    // software-rendered WebGL. WASM and CPU compile no shaders, so they must still be timed.
    let first = true;
    const slowFirst = (n: number) => {
      if (first) {
        first = false;
        const until = performance.now() + GPU_WARMUP_CAP_MS + 100;
        while (performance.now() < until) {
          // a first step slower than the cap, whatever the machine's load
        }
      }
      return data.nextBatch(n);
    };
    const { backend, trial } = await chooseBackend(slowFirst, 4, ['cpu'], null);
    expect(trial[0]?.warmupMs).toBeGreaterThan(GPU_WARMUP_CAP_MS);
    expect(trial[0]?.stepsPerSecond).toBeGreaterThan(0);
    expect(backend).toBe('cpu');
  });

  it('tries WebGL when the renderer is a GPU (here it fails: Node has no WebGL)', async () => {
    const { backend, trial } = await chooseBackend(next, 4, ['webgl', 'cpu'], 'Mali-G78');
    expect(trial[0]).toEqual({ backend: 'webgl', stepsPerSecond: null, warmupMs: null });
    expect(backend).toBe('cpu');
  });
});
