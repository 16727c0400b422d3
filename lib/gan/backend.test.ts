import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { chooseBackend, isSoftwareRenderer } from './backend';
import { syntheticDigits } from './testing/synthetic-digits';

describe('isSoftwareRenderer', () => {
  it.each([
    'Google SwiftShader',
    'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
    'llvmpipe (LLVM 15.0.6, 256 bits)',
    'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)',
  ])('recognises WebGL drawn by the CPU: %s', (name) => {
    expect(isSoftwareRenderer(name)).toBe(true);
  });

  it.each([
    'ANGLE (Intel, Intel(R) UHD Graphics 620 Direct3D11 vs_5_0 ps_5_0, D3D11)',
    'ANGLE (Apple, ANGLE Metal Renderer: Apple M1, Unspecified Version)',
    'Mali-G78',
    'WebKit WebGL',
  ])('leaves a GPU alone: %s', (name) => {
    expect(isSoftwareRenderer(name)).toBe(false);
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

  it('tries WebGL when the renderer is a GPU (here it fails: Node has no WebGL)', async () => {
    const { backend, trial } = await chooseBackend(next, 4, ['webgl', 'cpu'], 'Mali-G78');
    expect(trial[0]).toEqual({ backend: 'webgl', stepsPerSecond: null, warmupMs: null });
    expect(backend).toBe('cpu');
  });
});
