import { describe, expect, it } from 'vitest';
import { TILE_BYTES, TILE_SIZE } from './protocol';
import { tileAt, tilesToRgba } from './pixels';

/** Two tiles: the first a gradient by row, the second constant 200. */
function twoTiles() {
  const tiles = new Uint8Array(2 * TILE_BYTES);
  for (let y = 0; y < TILE_SIZE; y++) tiles.fill(y * 9, y * TILE_SIZE, (y + 1) * TILE_SIZE);
  tiles.fill(200, TILE_BYTES);
  return tiles;
}

const pixel = (rgba: Uint8ClampedArray, width: number, x: number, y: number) => Array.from(rgba.subarray((y * width + x) * 4, (y * width + x) * 4 + 4));

describe('tilesToRgba', () => {
  it('lays tiles out left to right as opaque grey RGBA pixels', () => {
    const width = 2 * TILE_SIZE;
    const rgba = tilesToRgba(twoTiles(), 1, 2);
    expect(rgba.length).toBe(width * TILE_SIZE * 4);
    expect(pixel(rgba, width, 0, 0)).toEqual([0, 0, 0, 255]);
    expect(pixel(rgba, width, 5, 3)).toEqual([27, 27, 27, 255]);
    expect(pixel(rgba, width, TILE_SIZE - 1, TILE_SIZE - 1)).toEqual([243, 243, 243, 255]);
    expect(pixel(rgba, width, TILE_SIZE, 0)).toEqual([200, 200, 200, 255]);
    expect(pixel(rgba, width, width - 1, TILE_SIZE - 1)).toEqual([200, 200, 200, 255]);
  });

  it('inverts for dark ink on white, and stacks rows of tiles downwards', () => {
    const rgba = tilesToRgba(twoTiles(), 2, 1, true);
    expect(pixel(rgba, TILE_SIZE, 0, 0)).toEqual([255, 255, 255, 255]);
    expect(pixel(rgba, TILE_SIZE, 0, 3)).toEqual([228, 228, 228, 255]);
    expect(pixel(rgba, TILE_SIZE, 7, TILE_SIZE)).toEqual([55, 55, 55, 255]);
  });

  it('leaves tiles the buffer does not hold transparent', () => {
    const rgba = tilesToRgba(twoTiles().subarray(0, TILE_BYTES), 1, 2);
    expect(pixel(rgba, 2 * TILE_SIZE, TILE_SIZE + 3, 3)).toEqual([0, 0, 0, 0]);
  });
});

describe('tileAt', () => {
  it('views one tile of a buffer without copying it', () => {
    const tiles = twoTiles();
    const tile = tileAt(tiles.buffer, 1);
    expect(tile.length).toBe(TILE_BYTES);
    expect(tile[0]).toBe(200);
    expect(tile.buffer).toBe(tiles.buffer);
  });
});
