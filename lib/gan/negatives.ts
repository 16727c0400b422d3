/**
 * "Not a digit" examples for the judge's 11th class (GAN-NOTES: without it, blurred blobs
 * scored 51% confident). Pixels in [-1, 1], 28 × 28, written into `out` at `offset`.
 */
import { PIXELS_PER_DIGIT } from './data-format';

type Random = () => number;

function blob(out: Float32Array, offset: number, random: Random): void {
  const spots = 1 + Math.floor(random() * 5);
  const cx: number[] = [];
  const cy: number[] = [];
  const r: number[] = [];
  for (let s = 0; s < spots; s++) {
    cx.push(6 + random() * 16);
    cy.push(6 + random() * 16);
    r.push(2 + random() * 6);
  }
  for (let y = 0; y < 28; y++) {
    for (let x = 0; x < 28; x++) {
      let v = 0;
      for (let s = 0; s < spots; s++) {
        const d2 = (x - (cx[s] ?? 0)) ** 2 + (y - (cy[s] ?? 0)) ** 2;
        v = Math.max(v, Math.exp(-d2 / (2 * (r[s] ?? 1) ** 2)));
      }
      out[offset + y * 28 + x] = v * 2 - 1;
    }
  }
}

function noise(out: Float32Array, offset: number, random: Random): void {
  const density = random();
  const level = random();
  for (let i = 0; i < PIXELS_PER_DIGIT; i++)
    out[offset + i] = random() < density ? random() * 2 - 1 : level * 2 - 2;
}

/** Two digits overlaid (pixel max), optionally shifted: ink that is no single digit. */
function overlay(
  out: Float32Array,
  offset: number,
  random: Random,
  digits: Float32Array,
  count: number,
): void {
  const a = Math.floor(random() * count) * PIXELS_PER_DIGIT;
  const b = Math.floor(random() * count) * PIXELS_PER_DIGIT;
  const dx = Math.floor(random() * 9) - 4;
  for (let y = 0; y < 28; y++) {
    for (let x = 0; x < 28; x++) {
      const xs = x - dx;
      const vb = xs >= 0 && xs < 28 ? (digits[b + y * 28 + xs] ?? -1) : -1;
      out[offset + y * 28 + x] = Math.max(digits[a + y * 28 + x] ?? -1, vb);
    }
  }
}

/** Mean of a few digits: the grey smear an untrained or collapsed generator makes. */
function smear(
  out: Float32Array,
  offset: number,
  random: Random,
  digits: Float32Array,
  count: number,
): void {
  const k = 4 + Math.floor(random() * 30);
  out.fill(0, offset, offset + PIXELS_PER_DIGIT);
  for (let j = 0; j < k; j++) {
    const src = Math.floor(random() * count) * PIXELS_PER_DIGIT;
    for (let i = 0; i < PIXELS_PER_DIGIT; i++)
      out[offset + i] = (out[offset + i] ?? 0) + (digits[src + i] ?? 0) / k;
  }
}

export function writeNegative(
  out: Float32Array,
  offset: number,
  random: Random,
  digits: Float32Array,
  count: number,
): void {
  const kind = random();
  if (kind < 0.3) blob(out, offset, random);
  else if (kind < 0.45) noise(out, offset, random);
  else if (kind < 0.8) overlay(out, offset, random, digits, count);
  else smear(out, offset, random, digits, count);
}
