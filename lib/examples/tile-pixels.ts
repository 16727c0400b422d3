/** Pure pixel helpers for example runs (client-safe: no tfjs). */

/** Upscale a 28 × 28 tile by `factor` (nearest neighbour), dark ink on white for projectors. */
export function tileToPixels(tile: Uint8Array, factor: number): Uint8Array {
  const side = 28 * factor;
  const out = new Uint8Array(side * side);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++)
      out[y * side + x] = 255 - (tile[Math.floor(y / factor) * 28 + Math.floor(x / factor)] ?? 0);
  }
  return out;
}
