import { describe, expect, it } from 'vitest';
import { decodeDigits, encodeDigits } from './data-format';
import { DEFAULT_HYPER, mergeHyper, needsRebuild, PRESETS } from './hyper';
import { PRESET_IDS } from './protocol';

describe('hyperparameters', () => {
  it('clamps and rounds incoming values, ignores junk', () => {
    const h = mergeHyper(DEFAULT_HYPER, {
      lrG: 5,
      batchSize: 16.6,
      dStepsPerGStep: 0,
      noiseSize: NaN,
    });
    expect(h.lrG).toBe(1e-2);
    expect(h.batchSize).toBe(17);
    expect(h.dStepsPerGStep).toBe(1);
    expect(h.noiseSize).toBe(DEFAULT_HYPER.noiseSize);
  });

  it('rebuilds only when shapes change; every preset id has values', () => {
    expect(needsRebuild(DEFAULT_HYPER, { ...DEFAULT_HYPER, lrD: 1e-4 })).toBe(false);
    expect(needsRebuild(DEFAULT_HYPER, { ...DEFAULT_HYPER, conditional: false })).toBe(true);
    for (const id of PRESET_IDS) expect(PRESETS[id].batchSize).toBeGreaterThan(0);
  });
});

describe('digits file format', () => {
  it('round-trips and rejects other bytes', () => {
    const set = {
      count: 2,
      heldOut: 1,
      labels: Uint8Array.of(3, 7),
      pixels: new Uint8Array(2 * 784).fill(9),
    };
    const back = decodeDigits(encodeDigits(set));
    expect(back.count).toBe(2);
    expect(Array.from(back.labels)).toEqual([3, 7]);
    expect(back.pixels[1567]).toBe(9);
    expect(() => decodeDigits(new Uint8Array(20))).toThrow();
  });
});
