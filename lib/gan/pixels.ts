import { TILE_BYTES, TILE_SIZE } from './protocol';

/**
 * Lay `count` greyscale tiles out as one RGBA image of `rows` × `cols` tiles (for ImageData).
 * `invert` draws dark ink on white, which reads better on a projector. Pure: no DOM needed.
 */
export function tilesToRgba(
  tiles: Uint8Array | Uint8ClampedArray,
  rows: number,
  cols: number,
  invert = false,
): Uint8ClampedArray<ArrayBuffer> {
  const width = cols * TILE_SIZE;
  const out = new Uint8ClampedArray(width * rows * TILE_SIZE * 4);
  for (let t = 0; t < rows * cols && (t + 1) * TILE_BYTES <= tiles.length; t++) {
    const x0 = (t % cols) * TILE_SIZE;
    const y0 = Math.floor(t / cols) * TILE_SIZE;
    for (let y = 0; y < TILE_SIZE; y++) {
      for (let x = 0; x < TILE_SIZE; x++) {
        const v = tiles[t * TILE_BYTES + y * TILE_SIZE + x] ?? 0;
        const g = invert ? 255 - v : v;
        const o = ((y0 + y) * width + x0 + x) * 4;
        out[o] = g;
        out[o + 1] = g;
        out[o + 2] = g;
        out[o + 3] = 255;
      }
    }
  }
  return out;
}

/** One tile (index `i`) of a tile buffer as its own 784-byte view. */
export function tileAt(tiles: ArrayBuffer, i: number): Uint8ClampedArray {
  return new Uint8ClampedArray(tiles, i * TILE_BYTES, TILE_BYTES);
}
