import { describe, expect, it } from 'vitest';
import { imageUrl, srcSet, variantWidthsFor } from './urls';

const hash = 'ab'.repeat(32);

describe('image URLs', () => {
  it('names variants and full-size files', () => {
    expect(imageUrl(hash, { width: 512, format: 'avif' })).toBe(`/images/${hash}/512.avif`);
    expect(imageUrl(hash, 'full', 'png')).toBe(`/images/${hash}/full.png`);
    expect(imageUrl(hash, 'full', 'jpeg')).toBe(`/images/${hash}/full.jpg`);
    expect(imageUrl(hash, 'thumb')).toBe(`/images/${hash}/thumb.webp`);
    expect(srcSet(hash, [256, 512], 'webp')).toBe(
      `/images/${hash}/256.webp 256w, /images/${hash}/512.webp 512w`,
    );
  });

  it('picks variant widths without enlarging', () => {
    expect(variantWidthsFor(3)).toEqual([3]);
    expect(variantWidthsFor(256)).toEqual([256]);
    expect(variantWidthsFor(1000)).toEqual([256, 512]);
    expect(variantWidthsFor(6000)).toEqual([256, 512, 1024]);
  });
});
