import { TILE_BYTES, TILE_SIZE } from './protocol';

/** Whether this machine stores a Uint32 with its low byte first (every browser's CPU does). */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * Lay `count` greyscale tiles out as one RGBA image of `rows` × `cols` tiles (for ImageData).
 * `invert` draws dark ink on white, which reads better on a projector. Pure: no DOM needed.
 * Each pixel is one 32-bit write rather than four byte writes: a 10 × 10 grid is 78,400 pixels,
 * redrawn on the main thread every time the demo shows new samples.
 */
export function tilesToRgba(
  tiles: Uint8Array | Uint8ClampedArray,
  rows: number,
  cols: number,
  invert = false,
): Uint8ClampedArray<ArrayBuffer> {
  const width = cols * TILE_SIZE;
  const out = new Uint8ClampedArray(width * rows * TILE_SIZE * 4);
  const words = new Uint32Array(out.buffer);
  // Grey g as RGBA bytes (g, g, g, 255), in the order this machine writes a word's bytes.
  const word = (g: number) => (LITTLE_ENDIAN ? (0xff000000 | (g << 16) | (g << 8) | g) >>> 0 : ((g << 24) | (g << 16) | (g << 8) | 0xff) >>> 0);
  const palette = Uint32Array.from({ length: 256 }, (_, v) => word(invert ? 255 - v : v));
  for (let t = 0; t < rows * cols && (t + 1) * TILE_BYTES <= tiles.length; t++) {
    const x0 = (t % cols) * TILE_SIZE;
    const y0 = Math.floor(t / cols) * TILE_SIZE;
    for (let y = 0; y < TILE_SIZE; y++) {
      const src = t * TILE_BYTES + y * TILE_SIZE;
      const dst = (y0 + y) * width + x0;
      for (let x = 0; x < TILE_SIZE; x++) words[dst + x] = palette[tiles[src + x]!]!;
    }
  }
  return out;
}

/** One tile (index `i`) of a tile buffer as its own 784-byte view. */
export function tileAt(tiles: ArrayBuffer, i: number): Uint8ClampedArray {
  return new Uint8ClampedArray(tiles, i * TILE_BYTES, TILE_BYTES);
}
