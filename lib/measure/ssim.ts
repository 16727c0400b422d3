import { GREY_SIZE } from './features';

/**
 * Mean structural similarity (Wang et al. 2004) of two GREY_SIZE² greyscale thumbnails, over
 * 8 × 8 windows moved 4 px at a time. 1 = identical; around 0 for unrelated pictures; it can go
 * below 0 for inverted structure. On 32 px thumbnails it compares composition (where light and
 * dark areas are), not fine detail.
 */
const WINDOW = 8;
const STRIDE = 4;
// The usual stabilizers for 8-bit data: (0.01 · 255)² and (0.03 · 255)².
const C1 = (0.01 * 255) ** 2;
const C2 = (0.03 * 255) ** 2;

export function ssim(a: Uint8Array, b: Uint8Array, size = GREY_SIZE): number {
  if (a.length !== size * size || b.length !== size * size) throw new Error('ssim needs two square thumbnails of one size');
  const n = WINDOW * WINDOW;
  let total = 0;
  let windows = 0;
  for (let y0 = 0; y0 + WINDOW <= size; y0 += STRIDE) {
    for (let x0 = 0; x0 + WINDOW <= size; x0 += STRIDE) {
      let [sa, sb, saa, sbb, sab] = [0, 0, 0, 0, 0];
      for (let y = y0; y < y0 + WINDOW; y++) {
        for (let i = y * size + x0, end = i + WINDOW; i < end; i++) {
          const [va, vb] = [a[i]!, b[i]!];
          sa += va; sb += vb; saa += va * va; sbb += vb * vb; sab += va * vb;
        }
      }
      const [ma, mb] = [sa / n, sb / n];
      const [varA, varB, cov] = [saa / n - ma * ma, sbb / n - mb * mb, sab / n - ma * mb];
      total += ((2 * ma * mb + C1) * (2 * cov + C2)) / ((ma * ma + mb * mb + C1) * (varA + varB + C2));
      windows++;
    }
  }
  return total / windows;
}
