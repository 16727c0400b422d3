import { describe, expect, it } from 'vitest';
import { tileToPixels } from './tile-pixels';
import { compareWithStored, ganRunOf } from './gan-run';

describe('ganRunOf', () => {
  const base = { checkpoint: 'skewed.bin', seed: 3, noiseScale: 1.8, digit: 7 };
  it('reads a run of our GAN', () => {
    expect(ganRunOf('Promptgalerij GAN', base)).toEqual({
      checkpointUrl: '/examples/models/skewed.bin',
      checkpointSha256: null,
      spec: { seed: 3, noiseScale: 1.8, digit: 7 },
    });
    expect(ganRunOf('Promptgalerij GAN', { ...base, digit: 'any' })?.spec.digit).toBeNull();
  });
  it('ignores other tools and anything that could point elsewhere', () => {
    expect(ganRunOf('DALL·E 3', base)).toBeNull();
    expect(ganRunOf('Promptgalerij GAN', { ...base, checkpoint: '../../etc/passwd' })).toBeNull();
    expect(
      ganRunOf('Promptgalerij GAN', { ...base, checkpoint: 'http://localhost:4000/x.bin' }),
    ).toBeNull();
    expect(ganRunOf('Promptgalerij GAN', { ...base, seed: undefined })).toBeNull();
    expect(ganRunOf('Promptgalerij GAN', { ...base, digit: 12 })).toBeNull();
  });
});

describe('compareWithStored', () => {
  it('finds an upscaled copy identical and counts changed pixels', () => {
    const tile = Uint8Array.from({ length: 784 }, (_, i) => (i * 37) % 256);
    const stored = tileToPixels(tile, 8);
    expect(compareWithStored(tile, stored, 224)).toEqual({
      differing: 0,
      maxDiff: 0,
      total: 224 * 224,
    });
    const changed = tile.slice();
    changed[0] = (changed[0]! + 5) % 256;
    expect(compareWithStored(changed, stored, 224)).toEqual({
      differing: 64,
      maxDiff: 5,
      total: 224 * 224,
    });
  });
});
